package org.bridgework.activities.ui;

import org.bridgework.organisations.OrganisationService;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/** Organisation names looked up once per view, and the date formats people read. */
final class Labels {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM");

    private final OrganisationService organisations;
    private final Map<Long, String> names = new HashMap<>();

    Labels(OrganisationService organisations) {
        this.organisations = organisations;
    }

    String organisation(long id) {
        return names.computeIfAbsent(id, k -> organisations.find(k).map(o -> o.name()).orElse("Organisation " + k));
    }
}

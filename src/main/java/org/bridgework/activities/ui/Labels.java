package org.bridgework.activities.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.bridgework.organisations.OrganisationService;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/** Organisation names looked up once per view, and the date formats people read. */
final class Labels {

    /** Day and month names in the reader's language; the order stays as City staff read it. */
    static String day(LocalDate day) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Texts.locale()).format(day);
    }

    static String shortDay(LocalDate day) {
        return DateTimeFormatter.ofPattern("EEE d MMM", Texts.locale()).format(day);
    }

    private final OrganisationService organisations;
    private final Map<Long, String> names = new HashMap<>();

    Labels(OrganisationService organisations) {
        this.organisations = organisations;
    }

    String organisation(long id) {
        return names.computeIfAbsent(id, k -> organisations.find(k).map(o -> o.name()).orElseGet(() -> I18NProvider.translate("activities.labels.organisation", String.valueOf(k))));
    }
}

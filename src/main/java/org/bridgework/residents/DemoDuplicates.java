package org.bridgework.residents;

import org.bridgework.security.SystemUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A few people entered twice, as happens at a busy sign-up desk (a typo, names swapped, a postcode written
 * without its space), so that duplicate checks and merging can be shown. Runs once: the marker is the note.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "bridgework.demo-data.enabled", havingValue = "true")
class DemoDuplicates implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDuplicates.class);
    static final String MARKER = "Entered again at the Golden Lane sign-up desk (demo duplicate).";

    private final ResidentService residents;
    private final ResidentRepository repository;

    DemoDuplicates(ResidentService residents, ResidentRepository repository) {
        this.residents = residents;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.run(() -> {
            if (repository.existsByNotes(MARKER)) {
                return;
            }
            List<ResidentSummary> some = residents.search(ResidentFilter.none(), 20, 3);
            if (some.size() < 3) {
                return;
            }
            twice(some.get(0).id(), Variation.TYPO);
            twice(some.get(1).id(), Variation.SWAPPED);
            twice(some.get(2).id(), Variation.POSTCODE);
            log.info("Demo duplicates added for {}", some.stream().map(ResidentSummary::displayName).toList());
        });
    }

    private enum Variation { TYPO, SWAPPED, POSTCODE }

    private void twice(long id, Variation v) {
        var f = residents.open(id).orElseThrow();
        String given = f.legalGivenName();
        String family = f.legalFamilyName();
        String postcode = f.postcode();
        switch (v) {
            case TYPO -> family = family.length() > 3 ? family.substring(0, 2) + family.substring(3) : family + "e";
            case SWAPPED -> {
                given = f.legalFamilyName();
                family = f.legalGivenName();
            }
            case POSTCODE -> postcode = postcode == null ? null : postcode.replace(" ", "").toLowerCase();
        }
        residents.create(new ResidentForm(null, 0, given, family, null, f.dateOfBirth(), null, null, f.addressLine1(),
                null, f.town(), postcode, f.wardCode(), f.borough(), null, f.preferredLanguage(), false, null, null, null,
                MARKER));
    }
}

package org.bridgework.residents;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The scoring rules on their own, without a database. */
class DuplicateScoringTest {

    private static final LocalDate DOB = LocalDate.of(1962, 4, 9);

    private static DuplicateDetector.Person person(String given, String family, LocalDate dob, String postcode) {
        return new DuplicateDetector.Person(null, given, family, dob, postcode);
    }

    @Test
    void spellingSoundAndOrderOfNamesAreForgiven() {
        var margaret = person("Margaret", "Thompson", DOB, "EC2Y 8DS");
        assertThat(DuplicateDetector.compare(margaret, person("Margret", "Thomson", DOB, null))).isPresent();
        assertThat(DuplicateDetector.compare(margaret, person("Thompson", "Margaret", DOB, null)))
                .hasValueSatisfying(m -> assertThat(m.reasons()).contains("First and last names swapped"));
        assertThat(DuplicateDetector.compare(person("Jon", "Smyth", null, "EC2Y 8DS"), person("John", "Smith", null, "EC2Y 8DS")))
                .hasValueSatisfying(m -> assertThat(m.reasons()).contains("Same postcode"));
        assertThat(DuplicateDetector.compare(margaret, person("Margaret", "Thompson", LocalDate.of(1962, 9, 4), null)))
                .hasValueSatisfying(m -> assertThat(m.reasons()).contains("Date of birth with day and month the other way round"));
    }

    @Test
    void differentPeopleSharingABirthdayOrAnAddressAreNotFlagged() {
        var eve = person("Eve", "Okafor", DOB, "E1 7AD");
        assertThat(DuplicateDetector.compare(eve, person("Eve", "Lindqvist", DOB, "E1 7AD"))).isEmpty();
        assertThat(DuplicateDetector.compare(eve, person("Ade", "Okafor", DOB, "E1 7AD"))).isEmpty();
        assertThat(DuplicateDetector.compare(eve, person("Eve", "Okafor", DOB.minusYears(25), "E1 7AD"))).isEmpty();
    }

    @Test
    void aFullerMatchScoresHigher() {
        var a = person("Amir", "Hussain", DOB, "EC4M 7AN");
        int nameAndDob = DuplicateDetector.compare(a, person("Amir", "Hussain", DOB, null)).orElseThrow().score();
        int everything = DuplicateDetector.compare(a, person("Amir", "Hussain", DOB, "EC4M 7AN")).orElseThrow().score();
        assertThat(everything).isGreaterThan(nameAndDob).isEqualTo(100);
    }
}

package org.bridgework.residents;

import org.bridgework.IntegrationTest;
import org.bridgework.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateDetectionTest extends IntegrationTest {

    @Autowired
    ResidentService residents;

    String given;
    String family;
    LocalDate dob;
    ResidentSummary existing;

    @BeforeEach
    void someoneOnRecord() {
        fixtures.signInAs(Role.OFFICER);
        given = ResidentTestData.name();
        family = ResidentTestData.name();
        dob = ResidentTestData.dateOfBirth();
        existing = residents.create(ResidentTestData.form(given, family, dob, "SE1 9GF"));
    }

    @Test
    void aTypoInTheNameIsCaught() {
        String typo = family.substring(0, 3) + "x" + family.substring(4);
        var found = residents.findLikelyDuplicates(ResidentTestData.form(given, typo, dob, null));
        assertThat(found).extracting(d -> d.resident().id()).contains(existing.id());
        assertThat(found.getFirst().reasons()).contains("Same date of birth");
    }

    @Test
    void swappedFirstAndLastNamesAreCaught() {
        var found = residents.findLikelyDuplicates(ResidentTestData.form(family, given, dob, null));
        assertThat(found).filteredOn(d -> d.resident().id() == existing.id()).singleElement()
                .satisfies(d -> assertThat(d.reasons()).contains("First and last names swapped"));
    }

    @Test
    void swappedNamesAreCaughtEvenWithoutADateOfBirth() {
        var found = residents.findLikelyDuplicates(ResidentTestData.form(family, given, null, null));
        assertThat(found).extracting(d -> d.resident().id()).contains(existing.id());
    }

    @Test
    void aPostcodeWrittenDifferentlyIsTheSamePostcode() {
        // no date of birth given and a misspelt first name: only the postcode ties them together
        String misspelt = given.substring(0, 2) + "e" + given.substring(3);
        var found = residents.findLikelyDuplicates(ResidentTestData.form(misspelt, family, null, "se19gf"));
        assertThat(found).filteredOn(d -> d.resident().id() == existing.id()).singleElement()
                .satisfies(d -> assertThat(d.reasons()).contains("Same postcode"));
    }

    @Test
    void someoneElseBornTheSameDayIsNotADuplicate() {
        var found = residents.findLikelyDuplicates(ResidentTestData.form(ResidentTestData.name(), ResidentTestData.name(), dob, null));
        assertThat(found).extracting(d -> d.resident().id()).doesNotContain(existing.id());
    }

    @Test
    void theSameNameWithADifferentBirthdayIsNotADuplicate() {
        var found = residents.findLikelyDuplicates(ResidentTestData.form(given, family, dob.minusYears(30), null));
        assertThat(found).extracting(d -> d.resident().id()).doesNotContain(existing.id());
    }

    @Test
    void aRecordIsNotItsOwnDuplicate() {
        var form = residents.open(existing.id()).orElseThrow();
        assertThat(residents.findLikelyDuplicates(form)).extracting(d -> d.resident().id()).doesNotContain(existing.id());
    }

    @Test
    void phoneticKeysAreStoredSoLookupsUseTheIndex() {
        assertThat(NameKey.phonetic("Smith")).isEqualTo(NameKey.phonetic("Smyth"));
        assertThat(NameKey.phonetic("O'Brien")).isEqualTo(NameKey.phonetic("obrien"));
    }
}

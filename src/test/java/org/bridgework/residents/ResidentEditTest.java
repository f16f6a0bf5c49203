package org.bridgework.residents;

import org.bridgework.IntegrationTest;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.FieldChange;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentEditTest extends IntegrationTest {

    @Autowired
    ResidentService residents;

    @Test
    void aSecondEditOfAnOutdatedRecordIsRefusedWithWhatChanged() {
        fixtures.signInAs(Role.OFFICER);
        var created = residents.create(ResidentTestData.form("Iris", ResidentTestData.name(), null, null));
        var mine = residents.open(created.id()).orElseThrow();
        var theirs = residents.open(created.id()).orElseThrow();
        residents.update(withPhone(theirs, "020 7946 0001"));

        assertThatThrownBy(() -> residents.update(withPhone(mine, "020 7946 0002")))
                .isInstanceOfSatisfying(ConcurrentEditException.class, e -> assertThat(e.theirChanges())
                        .contains(new FieldChange("Phone", "020 7946 0002", "020 7946 0001")));
        assertThat(residents.open(created.id()).orElseThrow().phone()).isEqualTo("020 7946 0001");
    }

    @Test
    void everyBadFieldGetsItsOwnMessage() {
        fixtures.signInAs(Role.OFFICER);
        var bad = new ResidentForm(null, 0, " ", "", null, LocalDate.now().plusDays(3), "12", "not-an-email", null,
                null, "London", "ZZ", null, "Atlantis", "X1", "English", false, null, null, null, null);
        assertThatThrownBy(() -> residents.create(bad)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.fieldErrors()).containsOnlyKeys("legalGivenName", "legalFamilyName", "dateOfBirth",
                        "phone", "email", "postcode", "borough", "lsoaCode"));
    }

    @Test
    void boroughsAreSpeltOneWay() {
        fixtures.signInAs(Role.OFFICER);
        var form = new ResidentForm(null, 0, "Zed", ResidentTestData.name(), null, null, null, null, null, null,
                "London", null, null, "tower  hamlets", null, "English", false, null, null, null, null);
        var saved = residents.open(residents.create(form).id()).orElseThrow();
        assertThat(saved.borough()).isEqualTo("Tower Hamlets");
        assertThat(LondonBoroughs.ALL).hasSize(33);
    }

    private static ResidentForm withPhone(ResidentForm f, String phone) {
        return new ResidentForm(f.id(), f.version(), f.legalGivenName(), f.legalFamilyName(), f.preferredName(),
                f.dateOfBirth(), phone, f.email(), f.addressLine1(), f.addressLine2(), f.town(), f.postcode(),
                f.wardCode(), f.borough(), f.lsoaCode(), f.preferredLanguage(), f.interpreterNeeded(),
                f.accessibilityNeeds(), f.householdId(), f.householdRelationship(), f.notes());
    }
}

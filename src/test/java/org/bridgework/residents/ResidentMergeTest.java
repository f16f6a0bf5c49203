package org.bridgework.residents;

import org.bridgework.IntegrationTest;
import org.bridgework.audit.AuditQuery;
import org.bridgework.audit.AuditTrail;
import org.bridgework.audit.AuditEntry;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentMergeTest extends IntegrationTest {

    @Autowired
    ResidentService residents;
    @Autowired
    ResidentMergeService merges;
    @Autowired
    MergeEventRecorder recorder;
    @Autowired
    AuditTrail audit;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void mergeMovesTheDuplicatesHistoryAndUndoPutsItBack() {
        fixtures.signInAs(Role.MANAGER);
        String family = ResidentTestData.name();
        var dob = ResidentTestData.dateOfBirth();
        var survivor = residents.create(ResidentTestData.form("Amara", family, dob, "EC2Y 8DS"));
        long household = residents.createHousehold(family + " household");
        var form = ResidentTestData.form("Amarah", family, dob, "EC2Y 8DS");
        var duplicate = residents.create(new ResidentForm(null, 0, form.legalGivenName(), form.legalFamilyName(), null,
                dob, "07700 900123", null, form.addressLine1(), null, "London", form.postcode(), form.wardCode(), null,
                null, "English", false, null, household, HouseholdRelationship.PARENT, null));

        merges.mergeResidents(survivor.id(), duplicate.id(), "Same person, registered twice at two events");

        assertThat(recorder.heard).contains(new MergeEventRecorder.Heard(new ResidentsMerged(survivor.id(), duplicate.id(), false), true));
        var merged = residents.open(survivor.id()).orElseThrow();
        assertThat(merged.householdId()).isEqualTo(household);
        assertThat(merged.householdRelationship()).isEqualTo(HouseholdRelationship.PARENT);
        assertThat(merged.phone()).isEqualTo("07700 900123");
        assertThat(residents.mergedInto(duplicate.id())).contains(survivor.id());
        assertThat(residents.householdMembers(household)).extracting(ResidentSummary::id).containsExactly(survivor.id());
        assertThat(residents.search(new ResidentFilter(family, null, null, null), 0, 10))
                .extracting(ResidentSummary::id).containsExactly(survivor.id());
        assertThat(merges.latest(duplicate.id())).hasValueSatisfying(m -> assertThat(m.canUndo()).isTrue());

        merges.undoMerge(duplicate.id(), "They are twins after all");

        assertThat(recorder.heard).contains(new MergeEventRecorder.Heard(new ResidentsMerged(survivor.id(), duplicate.id(), true), true));
        var restoredSurvivor = residents.open(survivor.id()).orElseThrow();
        assertThat(restoredSurvivor.householdId()).isNull();
        assertThat(restoredSurvivor.phone()).isNull();
        var restoredDuplicate = residents.open(duplicate.id()).orElseThrow();
        assertThat(restoredDuplicate.householdId()).isEqualTo(household);
        assertThat(restoredDuplicate.householdRelationship()).isEqualTo(HouseholdRelationship.PARENT);
        assertThat(residents.mergedInto(duplicate.id())).isEmpty();
        assertThat(residents.search(new ResidentFilter(family, null, null, null), 0, 10))
                .extracting(ResidentSummary::id).containsExactlyInAnyOrder(survivor.id(), duplicate.id());
        assertThat(merges.latest(duplicate.id())).hasValueSatisfying(m -> assertThat(m.undoneAt()).isNotNull());
        assertThatThrownBy(() -> merges.undoMerge(duplicate.id(), "again")).isInstanceOf(InvalidInputException.class);

        fixtures.signInAs(Role.ADMIN);
        assertThat(audit.search(AuditQuery.forResident(duplicate.id()), 0, 50)).extracting(AuditEntry::details)
                .anyMatch(d -> d != null && d.startsWith("merged into resident " + survivor.id()))
                .anyMatch(d -> d != null && d.startsWith("merge into resident " + survivor.id() + " undone"));
    }

    @Test
    void aMergedRecordCannotBeEditedOrMergedAgain() {
        fixtures.signInAs(Role.ADMIN);
        var a = residents.create(ResidentTestData.form("Ola", ResidentTestData.name(), null, null));
        var b = residents.create(ResidentTestData.form("Ola", ResidentTestData.name(), null, null));
        var c = residents.create(ResidentTestData.form("Ola", ResidentTestData.name(), null, null));
        merges.mergeResidents(a.id(), b.id(), "duplicate");
        assertThatThrownBy(() -> merges.mergeResidents(c.id(), b.id(), "again"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("duplicate"));
        var stale = residents.open(b.id()).orElseThrow();
        assertThatThrownBy(() -> residents.update(stale)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> merges.mergeResidents(a.id(), a.id(), "self")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void whenAnotherFeatureCannotMoveItsRowsNothingIsMerged() {
        fixtures.signInAs(Role.MANAGER);
        var a = residents.create(ResidentTestData.form("Uma", ResidentTestData.name(), null, null));
        var b = residents.create(ResidentTestData.form("Uma", ResidentTestData.name(), null, null));
        recorder.failForDuplicate = b.id();
        try {
            assertThatThrownBy(() -> merges.mergeResidents(a.id(), b.id(), "duplicate")).isInstanceOf(IllegalStateException.class);
        } finally {
            recorder.failForDuplicate = null;
        }
        assertThat(residents.mergedInto(b.id())).isEmpty();
        assertThat(merges.latest(b.id())).isEmpty();
    }

    @Test
    void aMergeOlderThan30DaysCannotBeUndone() {
        fixtures.signInAs(Role.ADMIN);
        var a = residents.create(ResidentTestData.form("Vik", ResidentTestData.name(), null, null));
        var b = residents.create(ResidentTestData.form("Vik", ResidentTestData.name(), null, null));
        merges.mergeResidents(a.id(), b.id(), "duplicate");
        jdbc.sql("update resident_merge set merged_at = ? where duplicate_id = ?")
                .params(java.time.Instant.now().minus(java.time.Duration.ofDays(31)), b.id()).update();
        assertThat(merges.latest(b.id())).hasValueSatisfying(m -> assertThat(m.canUndo()).isFalse());
        assertThatThrownBy(() -> merges.undoMerge(b.id(), "too late"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).contains("30 days"));
        assertThat(residents.mergedInto(b.id())).contains(a.id());
    }

    @Test
    void onlyManagersAndAdministratorsMerge() {
        fixtures.signInAs(Role.OFFICER);
        var a = residents.create(ResidentTestData.form("Ben", ResidentTestData.name(), null, null));
        var b = residents.create(ResidentTestData.form("Ben", ResidentTestData.name(), null, null));
        assertThatThrownBy(() -> merges.mergeResidents(a.id(), b.id(), "duplicate")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> merges.undoMerge(b.id(), "undo")).isInstanceOf(AccessDeniedException.class);
    }
}

package org.bridgework.privacy;

import org.bridgework.IntegrationTest;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetentionServiceTest extends IntegrationTest {

    @Autowired
    RetentionService retention;
    @Autowired
    ResidentService residents;
    @Autowired
    JdbcClient jdbc;

    /**
     * A resident last touched years ago. Written straight to the tables because the audit trail refuses
     * back-dating and the test shares one application context (a second one, with a movable clock, would
     * replace the process-wide security context strategy under every other test class).
     */
    private long residentLastChanged(String given, String family, Instant when) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into resident (version, legal_given_name, legal_family_name, family_name_key, given_name_key,
                                              ward_code, interpreter_needed, created_at, updated_at)
                        values (0, ?, ?, ?, ?, 'E05009288', false, ?, ?)""")
                .params(given, family, family.toLowerCase(), given.toLowerCase(), when, when)
                .update(keys);
        long id = keys.getKey().longValue();
        jdbc.sql("""
                        insert into audit_entry (occurred_at, actor, actor_role, action, subject_type, subject_id, resident_id)
                        values (?, 'officer-long-gone', 'OFFICER', 'CREATE', 'RESIDENT', ?, ?)""")
                .params(when, id, id).update();
        return id;
    }

    private Map<String, Long> residentsPerWard() {
        return jdbc.sql("select coalesce(ward_code, '-'), count(*) from resident group by ward_code")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void theDryRunListsOnlyTheLongQuietResidentAndTheRealRunAnonymisesThemKeepingCounts() {
        long quiet = residentLastChanged("Quentin", "Quiet", Instant.now().minus(Duration.ofDays(365L * 8)));
        var recent = fixtures.resident("Rita", "Recent");
        fixtures.signInAs(Role.ADMIN);

        var due = retention.dryRun(1000);

        assertThat(due).extracting(RetentionCandidate::residentId).contains(quiet).doesNotContain(recent.id());
        assertThat(due).filteredOn(c -> c.residentId() == quiet).singleElement()
                .satisfies(c -> assertThat(c.lastActivityAt()).isBefore(retention.cutoff()));
        assertThat(residents.summary(quiet).orElseThrow().displayName()).isEqualTo("Quentin Quiet");
        assertThat(jdbc.sql("select count(*) from audit_entry where resident_id = ? and action = 'CHANGE'")
                .param(quiet).query(Long.class).single()).as("the dry run changed nothing").isZero();

        var before = residentsPerWard();
        int anonymised = retention.run();

        assertThat(anonymised).isGreaterThanOrEqualTo(1);
        assertThat(residents.summary(quiet).orElseThrow().displayName()).doesNotContain("Quentin", "Quiet");
        assertThat(residents.summary(recent.id()).orElseThrow().displayName()).isEqualTo("Rita Recent");
        assertThat(residentsPerWard()).isEqualTo(before);
        assertThat(retention.dryRun(1000)).extracting(RetentionCandidate::residentId).doesNotContain(quiet);
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'RETENTION_RUN'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void recentActivityOnAnOldRecordKeepsIt() {
        long old = residentLastChanged("Olive", "Oldbutactive", Instant.now().minus(Duration.ofDays(365L * 9)));
        fixtures.signInAs(Role.ADMIN);
        assertThat(retention.dryRun(1000)).extracting(RetentionCandidate::residentId).contains(old);
        fixtures.signInAs(Role.OFFICER);
        var form = residents.open(old).orElseThrow();
        residents.update(new org.bridgework.residents.ResidentForm(form.id(), form.version(), form.legalGivenName(),
                form.legalFamilyName(), form.preferredName(), form.dateOfBirth(), "020 7606 3030", form.email(),
                form.addressLine1(), form.addressLine2(), form.town(), form.postcode(), form.wardCode(), form.borough(),
                form.lsoaCode(), form.preferredLanguage(), form.interpreterNeeded(), form.accessibilityNeeds(),
                form.householdId(), form.householdRelationship(), form.notes()));
        fixtures.signInAs(Role.ADMIN);
        var due = retention.dryRun(1000).stream().map(RetentionCandidate::residentId).toList();
        assertThat(due).doesNotContain(old);
    }

    @Test
    void onlyAdministratorsRunTheRetentionPolicy() {
        fixtures.signInAs(Role.MANAGER);
        assertThatThrownBy(() -> retention.dryRun(10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.run()).isInstanceOf(AccessDeniedException.class);
    }
}

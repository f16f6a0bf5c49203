package org.bridgework.audit;

import org.bridgework.IntegrationTest;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditTrailTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail trail;
    @Autowired
    ResidentService residents;

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        var resident = fixtures.resident("Audrey", "Trail");
        long id = jdbc.sql("select max(id) from audit_entry where resident_id = ?").param(resident.id()).query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone-else' where id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("select actor from audit_entry where id = ?").param(id).query(String.class).single()).isEqualTo("system");
    }

    @Test
    void openingARecordIsAuditedAndShowsInWhoHasSeenIt() {
        var resident = fixtures.resident("Seen", "Bymany");
        var officer = fixtures.signInAs(Role.OFFICER);
        residents.open(resident.id());
        fixtures.signInAs(Role.ADMIN);
        var seen = trail.whoHasSeen(resident.id());
        assertThat(seen).extracting(AuditTrail.AccessSummary::actor).contains(officer.getUsername(), "system");
        var entries = trail.search(AuditQuery.forResident(resident.id()), 0, 10);
        assertThat(entries).extracting(AuditEntry::action).contains("VIEW", "CREATE");
    }

    @Test
    void onlyAdministratorsReadTheTrail() {
        fixtures.signInAs(Role.MANAGER);
        assertThatThrownBy(() -> trail.search(AuditQuery.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
    }
}

package org.bridgework.timecredits;

import org.bridgework.residents.ResidentAnonymised;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure: free-text notes about a resident's hours go; the hours, credits and ledger stay, since the ledger
 * is append-only and holds no names (descriptions of activities and card numbers only).
 */
@Component
class AnonymisationListener {

    private final JdbcClient jdbc;

    AnonymisationListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    public void on(ResidentAnonymised e) {
        jdbc.sql("update tc_hours set note = null where resident_id = ?").param(e.residentId()).update();
    }
}

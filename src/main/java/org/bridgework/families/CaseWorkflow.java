package org.bridgework.families;

import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.bridgework.families.CaseStatus.*;

/** The case lifecycle: which status may follow which, and the record of every move (who, when, why). */
@Component
class CaseWorkflow {

    static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = new EnumMap<>(Map.of(
            REFERRED, EnumSet.of(TRIAGE, CLOSED),
            TRIAGE, EnumSet.of(ASSESSMENT, CLOSED),
            ASSESSMENT, EnumSet.of(ACTIVE, CLOSED),
            ACTIVE, EnumSet.of(REVIEW, CLOSED),
            REVIEW, EnumSet.of(ACTIVE, CLOSED),
            // reopening
            CLOSED, EnumSet.of(ACTIVE, ASSESSMENT)));

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    CaseWorkflow(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    static boolean allowed(CaseStatus from, CaseStatus to) {
        return ALLOWED.getOrDefault(from, Set.of()).contains(to);
    }

    /** Moves the case, refusing a move the table does not allow or one without a reason. Returns the old status. */
    @Transactional(propagation = Propagation.MANDATORY)
    CaseStatus move(long caseId, CaseStatus to, String reason) {
        var from = jdbc.sql("select status from family_case where id = ? for update").param(caseId)
                .query(String.class).optional().map(CaseStatus::valueOf)
                .orElseThrow(() -> InvalidInputException.of("case", "This case no longer exists."));
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Say why the case is moving to " + to.label().toLowerCase() + ".");
        }
        if (!allowed(from, to)) {
            throw InvalidInputException.of("status", "A case that is " + from.label().toLowerCase()
                    + " cannot move to " + to.label().toLowerCase() + ".");
        }
        var now = clock.instant();
        jdbc.sql("update family_case set status = ?, version = version + 1, updated_at = ? where id = ?")
                .params(to.name(), now, caseId).update();
        record(caseId, from, to, reason.trim());
        return from;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(long caseId, CaseStatus from, CaseStatus to, String reason) {
        jdbc.sql("""
                        insert into family_case_transition (case_id, from_status, to_status, actor, occurred_at, reason)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(caseId, from == null ? null : from.name(), to.name(), currentUser.usernameOrSystem(),
                        clock.instant(), reason.length() > 1000 ? reason.substring(0, 1000) : reason)
                .update();
    }
}

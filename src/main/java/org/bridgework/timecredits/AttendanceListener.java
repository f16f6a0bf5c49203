package org.bridgework.timecredits;

import org.bridgework.activities.VolunteeringAttended;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentFacts;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credits for attendance at a volunteering session, exactly once per attendance key: a second delivery
 * finds the hours already recorded and does nothing. Runs in the register's own transaction, so the
 * register and the credits are saved together or not at all.
 */
@Component
class AttendanceListener {

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final HoursService hours;
    private final CreditIssuer issuer;
    private final ResidentService residents;

    AttendanceListener(JdbcClient jdbc, Ledger ledger, HoursService hours, CreditIssuer issuer, ResidentService residents) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.hours = hours;
        this.issuer = issuer;
        this.residents = residents;
    }

    @EventListener
    @Transactional
    public void on(VolunteeringAttended e) {
        String key = "attendance:" + e.attendanceKey();
        if (recorded(key)) {
            return;
        }
        long account = ledger.account(AccountKind.VOLUNTEER, e.residentId());
        // both rows at once, in the same order the issuer uses, so that two transactions never wait on each other
        ledger.lock(account, ledger.account(AccountKind.EARN_PARTNER, e.organisationId()));
        // a locking read sees a delivery committed while this one waited for the lock
        if (jdbc.sql("select count(*) from tc_hours where source_key = ? for update").param(key).query(Integer.class).single() > 0) {
            return;
        }
        ResidentFacts volunteer = residents.facts(e.residentId()).orElseThrow();
        var form = new HoursForm(e.residentId(), e.organisationId(), e.activityName(), e.date(), e.minutes(), e.confirmedBy());
        long budgetBefore = issuer.issuedThisMonth(e.organisationId());
        long id = hours.insert(volunteer, e.organisationId(), form, HoursStatus.APPROVED, "ATTENDANCE", key, e.confirmedBy(), null);
        try {
            issuer.issueFor(id, e.residentId(), e.organisationId(), volunteer.wardCode(), e.activityName(), key);
        } catch (InvalidInputException overBudget) {
            // the register must still save: the hours wait for an officer instead of being refused
            jdbc.sql("update tc_hours set status = 'PENDING', note = ? where id = ?")
                    .params("Over the partner's issuing budget for the month (" + budgetBefore + " issued); waiting for approval.", id)
                    .update();
        }
    }

    private boolean recorded(String key) {
        return jdbc.sql("select count(*) from tc_hours where source_key = ?").param(key).query(Integer.class).single() > 0;
    }
}

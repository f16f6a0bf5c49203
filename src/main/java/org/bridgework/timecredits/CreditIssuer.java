package org.bridgework.timecredits;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Turns approved minutes into whole credits. Credits due are recomputed from the volunteer's totals
 * (approved minutes / minutes-per-credit, less credits already issued for hours), so a remainder is
 * carried forward to the next hours and no minute is lost. Runs inside the caller's transaction.
 */
@Component
class CreditIssuer {

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final PolicyService policies;
    private final AuditService audit;
    private final Clock clock;
    private final int minutesPerCredit;

    CreditIssuer(JdbcClient jdbc, Ledger ledger, PolicyService policies, AuditService audit, Clock clock,
                 @Value("${bridgework.timecredits.minutes-per-credit:60}") int minutesPerCredit) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.policies = policies;
        this.audit = audit;
        this.clock = clock;
        this.minutesPerCredit = minutesPerCredit;
    }

    int minutesPerCredit() {
        return minutesPerCredit;
    }

    /** Thrown (as a field error) when the partner's monthly issuing budget would be exceeded. */
    static final String BUDGET_FIELD = "budget";

    /**
     * Issues what the approved hours row makes due. The hours row must already be APPROVED in this transaction.
     * Returns the credits issued (zero when the minutes only add to the carried remainder).
     */
    long issueFor(long hoursId, long residentId, Long organisationId, String wardCode, String activity, String key) {
        long volunteer = ledger.account(AccountKind.VOLUNTEER, residentId);
        long source = organisationId == null ? ledger.issuanceAccount() : ledger.account(AccountKind.EARN_PARTNER, organisationId);
        ledger.lock(volunteer, source);
        long due = creditsDue(residentId);
        if (due <= 0) {
            return 0;
        }
        if (organisationId != null) {
            var budget = policies.budgetFor(organisationId);
            long used = issuedThisMonth(organisationId);
            if (budget.isPresent() && used + due > budget.get()) {
                throw InvalidInputException.keyed(BUDGET_FIELD, "timecredits.error.budget-spent", budget.get(), used, due);
            }
        }
        long txId = ledger.post(new Ledger.Posting(TransactionType.ISSUE, key, due + (due == 1 ? " credit" : " credits")
                + " for " + activity, due, organisationId, wardCode, null, hoursId, null,
                java.util.List.of(new Ledger.Leg(source, -due), new Ledger.Leg(volunteer, due))));
        jdbc.sql("update tc_hours set credits_issued = ?, transaction_id = ? where id = ?").params(due, txId, hoursId).update();
        audit.recordCreate("TIME_CREDITS_TRANSACTION", txId, residentId, "issued " + due + " for hours " + hoursId);
        return due;
    }

    long creditsDue(long residentId) {
        long minutes = approvedMinutes(residentId);
        long issued = jdbc.sql("select coalesce(sum(credits_issued), 0) from tc_hours where resident_id = ? and status = 'APPROVED'")
                .param(residentId).query(Long.class).single();
        return minutes / minutesPerCredit - issued;
    }

    long carriedMinutes(long residentId) {
        long minutes = approvedMinutes(residentId);
        long issued = jdbc.sql("select coalesce(sum(credits_issued), 0) from tc_hours where resident_id = ? and status = 'APPROVED'")
                .param(residentId).query(Long.class).single();
        return Math.max(0, minutes - issued * minutesPerCredit);
    }

    private long approvedMinutes(long residentId) {
        return jdbc.sql("select coalesce(sum(minutes), 0) from tc_hours where resident_id = ? and status = 'APPROVED'")
                .param(residentId).query(Long.class).single();
    }

    long issuedThisMonth(long organisationId) {
        LocalDate first = LocalDate.now(clock).withDayOfMonth(1);
        return jdbc.sql("""
                        select coalesce(sum(t.credits), 0) from tc_transaction t
                        where t.tx_type = 'ISSUE' and t.partner_org_id = ? and t.occurred_at >= ? and t.occurred_at < ?
                          and not exists (select 1 from tc_transaction r where r.reverses_id = t.id)""")
                .params(organisationId, first.atStartOfDay().toInstant(ZoneOffset.UTC),
                        first.plusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC))
                .query(Long.class).single();
    }
}

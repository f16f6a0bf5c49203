package org.bridgework.timecredits;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.platform.MultiRowSql;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
            var use = budgetUse(organisationId);
            if (!use.allows(due)) {
                throw InvalidInputException.keyed(BUDGET_FIELD, "timecredits.error.budget-spent", use.budget().get(),
                        use.issued(), due);
            }
        }
        long txId = ledger.post(issue(key, activity, due, organisationId, wardCode, hoursId, source, volunteer));
        jdbc.sql("update tc_hours set credits_issued = ?, transaction_id = ? where id = ?").params(due, txId, hoursId).update();
        audit.recordCreate("TIME_CREDITS_TRANSACTION", txId, residentId, issuedDetails(due, hoursId));
        return due;
    }

    static Ledger.Posting issue(String key, String activity, long due, Long organisationId, String wardCode, long hoursId,
                                long sourceAccount, long volunteerAccount) {
        return new Ledger.Posting(TransactionType.ISSUE, key, due + (due == 1 ? " credit" : " credits") + " for " + activity,
                due, organisationId, wardCode, null, hoursId, null,
                List.of(new Ledger.Leg(sourceAccount, -due), new Ledger.Leg(volunteerAccount, due)));
    }

    static String issuedDetails(long due, long hoursId) {
        return "issued " + due + " for hours " + hoursId;
    }

    /** A volunteer's approved minutes and the credits already issued for them: what {@link #creditsDue} is made of. */
    record Totals(long minutes, long issued) {

        Totals plus(long moreMinutes, long moreIssued) {
            return new Totals(minutes + moreMinutes, issued + moreIssued);
        }
    }

    long creditsDue(long residentId) {
        return creditsDue(totals(List.of(residentId)).get(residentId));
    }

    long creditsDue(Totals t) {
        return t.minutes() / minutesPerCredit - t.issued();
    }

    long carriedMinutes(long residentId) {
        var t = totals(List.of(residentId)).get(residentId);
        return Math.max(0, t.minutes() - t.issued() * minutesPerCredit);
    }

    /** Every resident's totals in one query; a resident with no approved hours has zero of both. */
    Map<Long, Totals> totals(Collection<Long> residentIds) {
        var totals = new HashMap<Long, Totals>();
        residentIds.forEach(id -> totals.put(id, new Totals(0, 0)));
        jdbc.sql("select resident_id, coalesce(sum(minutes), 0), coalesce(sum(credits_issued), 0) from tc_hours"
                        + " where resident_id in (" + MultiRowSql.placeholders(totals.size()) + ") and status = 'APPROVED'"
                        + " group by resident_id")
                .params(List.copyOf(totals.keySet()))
                .query(rs -> {
                    totals.put(rs.getLong(1), new Totals(rs.getLong(2), rs.getLong(3)));
                });
        return totals;
    }

    /**
     * The partner's monthly budget if it has one (empty: no limit) and, if so, what it has issued so far this month,
     * for checking many issues in turn without asking again.
     */
    record BudgetUse(Optional<Integer> budget, long issued) {

        boolean allows(long more) {
            return budget.isEmpty() || issued + more <= budget.get();
        }

        BudgetUse plus(long more) {
            return new BudgetUse(budget, issued + more);
        }
    }

    /** Without a budget nothing is counted: the month's issues are a scan of the partner's transactions. */
    BudgetUse budgetUse(long organisationId) {
        var budget = policies.budgetFor(organisationId);
        return new BudgetUse(budget, budget.isPresent() ? issuedThisMonth(organisationId) : 0);
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

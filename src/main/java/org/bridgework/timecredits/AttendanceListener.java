package org.bridgework.timecredits;

import org.bridgework.activities.VolunteeringAttended;
import org.bridgework.activities.VolunteeringRegisterSaved;
import org.bridgework.audit.AuditService;
import org.bridgework.platform.MultiRowSql;
import org.bridgework.residents.ResidentFacts;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Credits for attendance at a volunteering session, exactly once per attendance key: a second delivery
 * finds the hours already recorded and does nothing. Runs in the register's own transaction, so the
 * register and the credits are saved together or not at all. A whole register is handled at once, in a
 * fixed handful of statements however many came: the same rules as one by one, in the register's order.
 */
@Component
class AttendanceListener {

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final CreditIssuer issuer;
    private final ResidentService residents;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    AttendanceListener(JdbcClient jdbc, Ledger ledger, CreditIssuer issuer, ResidentService residents, AuditService audit,
                       CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.issuer = issuer;
        this.residents = residents;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(VolunteeringAttended e) {
        issue(List.of(e));
    }

    @EventListener
    @Transactional
    public void on(VolunteeringRegisterSaved e) {
        issue(e.attendances());
    }

    /** What one attendance comes to: its new hours row and, when credits fall due within budget, their posting. */
    private record Outcome(String key, VolunteeringAttended attended, ResidentFacts volunteer, long due, String overBudgetNote) {
    }

    private void issue(List<VolunteeringAttended> attendances) {
        var pending = new LinkedHashMap<String, VolunteeringAttended>();
        attendances.forEach(e -> pending.putIfAbsent("attendance:" + e.attendanceKey(), e));
        pending.keySet().removeAll(recorded(pending.keySet(), false));
        if (pending.isEmpty()) {
            return;
        }
        var volunteers = ledger.accounts(AccountKind.VOLUNTEER, distinct(pending.values(), VolunteeringAttended::residentId));
        var partners = ledger.accounts(AccountKind.EARN_PARTNER, distinct(pending.values(), VolunteeringAttended::organisationId));
        // every row at once, in id order as every writer locks them, so that two transactions never wait on each other
        var accounts = new HashSet<>(volunteers.values());
        accounts.addAll(partners.values());
        ledger.lockAll(accounts);
        // a locking read sees a delivery committed while this one waited for the locks
        pending.keySet().removeAll(recorded(pending.keySet(), true));
        if (pending.isEmpty()) {
            return;
        }
        var outcomes = decide(pending);
        var hoursIds = insertHours(outcomes);
        var issued = outcomes.stream().filter(o -> o.due() > 0 && o.overBudgetNote() == null).toList();
        var txIds = ledger.postAll(issued.stream().map(o -> CreditIssuer.issue(o.key(), o.attended().activityName(), o.due(),
                o.attended().organisationId(), o.volunteer().wardCode(), hoursIds.get(o.key()),
                partners.get(o.attended().organisationId()), volunteers.get(o.attended().residentId()))).toList());
        if (!issued.isEmpty()) {
            jdbc.sql("update tc_hours h join tc_transaction t on t.idempotency_key = h.source_key set h.transaction_id = t.id"
                            + " where h.source_key in (" + MultiRowSql.placeholders(issued.size()) + ")")
                    .params(issued.stream().map(Outcome::key).toList()).update();
        }
        var txByKey = new HashMap<String, Long>();
        for (int i = 0; i < issued.size(); i++) {
            txByKey.put(issued.get(i).key(), txIds.get(i));
        }
        var entries = new ArrayList<AuditService.Entry>();
        for (Outcome o : outcomes) {
            long hoursId = hoursIds.get(o.key());
            entries.add(new AuditService.Entry("TIME_CREDITS_HOURS", hoursId, o.volunteer().id(),
                    o.attended().minutes() + " minutes: " + o.attended().activityName().trim()));
            if (txByKey.containsKey(o.key())) {
                entries.add(new AuditService.Entry("TIME_CREDITS_TRANSACTION", txByKey.get(o.key()), o.volunteer().id(),
                        CreditIssuer.issuedDetails(o.due(), hoursId)));
            }
        }
        audit.recordCreates(entries);
    }

    /**
     * Credits due for each attendance in turn, as if each were approved hours issued on its own: a volunteer's
     * remainder carries from one to the next, and hours over the partner's monthly budget wait for an officer
     * (the register must still save) and stop counting towards credits.
     */
    private List<Outcome> decide(Map<String, VolunteeringAttended> pending) {
        var residentIds = distinct(pending.values(), VolunteeringAttended::residentId);
        Map<Long, ResidentFacts> facts = residents.facts(residentIds).stream()
                .collect(Collectors.toMap(ResidentFacts::id, Function.identity()));
        var totals = issuer.totals(residentIds);
        var budgets = new HashMap<Long, CreditIssuer.BudgetUse>();
        var outcomes = new ArrayList<Outcome>();
        pending.forEach((key, e) -> {
            var volunteer = facts.get(e.residentId());
            if (volunteer == null) {
                throw new NoSuchElementException("No resident " + e.residentId());
            }
            var withHours = totals.get(e.residentId()).plus(e.minutes(), 0);
            long due = issuer.creditsDue(withHours);
            var budget = budgets.computeIfAbsent(e.organisationId(), issuer::budgetUse);
            if (due > 0 && !budget.allows(due)) {
                outcomes.add(new Outcome(key, e, volunteer, 0, "Over the partner's issuing budget for the month ("
                        + budget.issued() + " issued); waiting for approval."));
                return;
            }
            long issued = Math.max(0, due);
            totals.put(e.residentId(), withHours.plus(0, issued));
            budgets.put(e.organisationId(), budget.plus(issued));
            outcomes.add(new Outcome(key, e, volunteer, issued, null));
        });
        return outcomes;
    }

    /** Every attendance's hours row in one statement; returns their ids by source key. */
    private Map<String, Long> insertHours(List<Outcome> outcomes) {
        String by = currentUser.usernameOrSystem();
        Instant now = clock.instant();
        MultiRowSql.insert(jdbc, """
                insert into tc_hours (resident_id, organisation_id, ward_code, activity, activity_date, minutes, status,
                                      source, source_key, recorded_by, confirmed_by, note, credits_issued, created_at)""",
                outcomes.stream().map(o -> new Object[]{o.volunteer().id(), o.attended().organisationId(), o.volunteer().wardCode(),
                        o.attended().activityName().trim(), o.attended().date(), o.attended().minutes(),
                        (o.overBudgetNote() == null ? HoursStatus.APPROVED : HoursStatus.PENDING).name(), "ATTENDANCE", o.key(),
                        by, o.attended().confirmedBy(), o.overBudgetNote(), o.due(), now}).toList(), null);
        var ids = new HashMap<String, Long>();
        jdbc.sql("select source_key, id from tc_hours where source_key in (" + MultiRowSql.placeholders(outcomes.size()) + ")")
                .params(outcomes.stream().map(Outcome::key).toList())
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        return ids;
    }

    private Set<String> recorded(Collection<String> keys, boolean locking) {
        return new HashSet<>(jdbc.sql("select source_key from tc_hours where source_key in ("
                        + MultiRowSql.placeholders(keys.size()) + ")" + (locking ? " for update" : ""))
                .params(List.copyOf(keys)).query(String.class).list());
    }

    private static List<Long> distinct(Collection<VolunteeringAttended> attendances, Function<VolunteeringAttended, Long> id) {
        return attendances.stream().map(id).distinct().toList();
    }
}

package org.bridgework.families;

import org.bridgework.security.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

@Service
public class FamilyDashboardService {

    private static final int LIST_LIMIT = 50;

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final FamilyCaseService cases;

    FamilyDashboardService(JdbcClient jdbc, CaseAccess access, FamilyCaseService cases) {
        this.jdbc = jdbc;
        this.access = access;
        this.cases = cases;
    }

    /** The signed-in worker's own caseload; new referrals and overdue first contacts are the team's shared queue. */
    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional(readOnly = true)
    public WorkerDashboard forMe() {
        long me = access.user().id();
        LocalDate today = cases.today();
        String base = FamilyCaseService.SUMMARY_COLUMNS;
        var reviews = jdbc.sql(base + " " + """
                         where c.lead_worker_id = ? and c.status <> 'CLOSED' and c.next_review_date <= ?
                         order by c.next_review_date limit ?""")
                .params(me, today.plusDays(7), LIST_LIMIT).query((rs, n) -> FamilyCaseService.summary(rs)).list();
        var goals = jdbc.sql("""
                        select c.id, c.family_name, g.description, g.owner, g.due_date from family_goal g
                        join family_case c on c.id = g.case_id
                        where c.lead_worker_id = ? and c.status <> 'CLOSED' and g.status in ('NOT_STARTED','IN_PROGRESS')
                          and g.due_date < ? order by g.due_date limit ?""")
                .params(me, today, LIST_LIMIT)
                .query((rs, n) -> new WorkerDashboard.OverdueGoal(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class)))
                .list();
        var referrals = jdbc.sql(base + " where c.status in ('REFERRED','TRIAGE') order by c.first_contact_due, c.id limit ?")
                .param(LIST_LIMIT).query((rs, n) -> FamilyCaseService.summary(rs)).list();
        var contacts = jdbc.sql(base + " " + """
                         where c.status <> 'CLOSED' and c.first_contact_on is null and c.first_contact_due < ?
                         order by c.first_contact_due limit ?""")
                .params(today, LIST_LIMIT).query((rs, n) -> FamilyCaseService.summary(rs)).list();
        var followUps = jdbc.sql(base + " " + """
                         where c.status = 'CLOSED' and c.follow_up_due <= ? and c.follow_up_done_on is null
                           and (c.lead_worker_id = ? or ?) order by c.follow_up_due limit ?""")
                .params(today, me, cases.isManager(), LIST_LIMIT).query((rs, n) -> FamilyCaseService.summary(rs)).list();
        return new WorkerDashboard(reviews, goals, referrals, contacts, followUps);
    }

    @PreAuthorize(Access.MANAGERS)
    @Transactional(readOnly = true)
    public ManagerOverview overview() {
        LocalDate today = cases.today();
        var caseloads = jdbc.sql("""
                        select c.lead_worker_id, coalesce(w.display_name, 'No lead worker yet'), count(*),
                               sum(case when c.next_review_date < ? then 1 else 0 end)
                        from family_case c left join family_worker w on w.user_id = c.lead_worker_id
                        where c.status <> 'CLOSED' group by c.lead_worker_id, w.display_name order by count(*) desc""")
                .param(today)
                .query((rs, n) -> new ManagerOverview.Caseload(rs.getObject(1, Long.class), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
        Double avg = jdbc.sql("""
                        select avg(datediff(c.first_contact_on, date(c.received_at))) from family_case c
                        where c.first_contact_on is not null""")
                .query((rs, n) -> {
                    double v = rs.getDouble(1);
                    return rs.wasNull() ? java.util.Optional.<Double>empty() : java.util.Optional.of(v);
                }).single().orElse(null);
        long overdue = jdbc.sql("""
                        select count(*) from family_case c where c.status <> 'CLOSED' and c.first_contact_on is null
                        and c.first_contact_due < ?""").param(today).query(Long.class).single();
        var byNeed = jdbc.sql("""
                        select n.label, sum(case when c.status <> 'CLOSED' then 1 else 0 end), count(*)
                        from family_case_need cn join family_need n on n.id = cn.need_id join family_case c on c.id = cn.case_id
                        group by n.id, n.label, n.sort_order order by n.sort_order""")
                .query((rs, n) -> new ManagerOverview.NeedCount(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
        var outcomes = jdbc.sql("""
                        select n.label, sum(case when o.outcome = 'ACHIEVED' then 1 else 0 end),
                               sum(case when o.outcome = 'PARTLY' then 1 else 0 end),
                               sum(case when o.outcome = 'NOT_ACHIEVED' then 1 else 0 end)
                        from family_outcome o join family_need n on n.id = o.need_id
                        group by n.id, n.label, n.sort_order order by n.sort_order""")
                .query((rs, n) -> new ManagerOverview.NeedOutcomeCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
        return new ManagerOverview(caseloads, avg, overdue, byNeed, outcomes);
    }
}

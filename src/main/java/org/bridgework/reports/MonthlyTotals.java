package org.bridgework.reports;

import java.util.List;

/**
 * The monthly totals worked out afresh from the records: when the tables are created over existing data, and after
 * a bulk load that skipped the triggers. Only safe while nothing else writes to the sources.
 */
final class MonthlyTotals {

    static final List<String> REBUILD = List.of(
            "delete from report_activity_month",
            """
            insert into report_activity_month (month_start, activity_id, sessions, attendances)
            select s.session_date - interval (dayofmonth(s.session_date) - 1) day, s.activity_id, count(*),
                   coalesce(sum((select count(*) from session_attendance sa where sa.session_id = s.id
                                 and sa.status in ('PRESENT', 'LATE'))), 0)
            from activity_session s where s.cancelled = false group by 1, 2""",
            "delete from report_hours_month",
            """
            insert into report_hours_month (month_start, organisation_id, minutes)
            select activity_date - interval (dayofmonth(activity_date) - 1) day, coalesce(organisation_id, 0), sum(minutes)
            from tc_hours where status = 'APPROVED' group by 1, 2""",
            "delete from report_credit_month",
            """
            insert into report_credit_month (month_start, partner_org_id, counts_as, credits)
            select cast(t.occurred_at as date) - interval (dayofmonth(t.occurred_at) - 1) day,
                   coalesce(o.partner_org_id, t.partner_org_id, 0), coalesce(o.tx_type, t.tx_type),
                   sum(case when t.tx_type = 'REVERSAL' then -t.credits else t.credits end)
            from tc_transaction t left join tc_transaction o on o.id = t.reverses_id
            where coalesce(o.tx_type, t.tx_type) in ('ISSUE', 'REDEEM') group by 1, 2, 3""");

    private MonthlyTotals() {
    }
}

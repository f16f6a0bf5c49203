package org.bridgework.scale;

import org.bridgework.reports.Breakdown;
import org.bridgework.reports.OutcomeReport;
import org.bridgework.reports.OutcomeReportService;
import org.bridgework.reports.ReportPeriod;
import org.bridgework.reports.ReportScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The strategy outcome report over the latest year of generated activity, through the service (all of its SQL,
 * suppression and assembly) against the best hand-written SQL for the same headline figures on the base tables.
 */
@Component
class ReportBenchmarks implements BenchmarkCase {

    private static final Duration YEAR_REPORT = Duration.ofSeconds(2);

    private final OutcomeReportService reports;

    ReportBenchmarks(OutcomeReportService reports) {
        this.reports = reports;
    }

    @Override
    public String name() {
        return "reports";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<BenchmarkQuestion> prepare(BenchmarkContext context) {
        JdbcClient jdbc = context.jdbc();
        LocalDate last = jdbc.sql("select max(session_date) from activity_session where session_date <= current_date")
                .query(LocalDate.class).optional().orElse(null);
        ReportPeriod year = last == null ? reports.lastFinancialYear() : new ReportPeriod(last.minusYears(1).plusDays(1), last);
        String label = " (" + year.from() + " to " + year.to() + ")";
        return List.of(
                new BenchmarkQuestion("outcome report, a year, no breakdown" + label, YEAR_REPORT, false,
                        run -> lines(reports.report(year, Breakdown.NONE, false, ReportScope.everything())),
                        run -> bestSql(jdbc, year)),
                new BenchmarkQuestion("outcome report, a year by ward, with the year before" + label, YEAR_REPORT.multipliedBy(2), false,
                        run -> lines(reports.report(year, Breakdown.WARD, true, ReportScope.everything())),
                        run -> bestSql(jdbc, year) + bestSql(jdbc, year.previous())));
    }

    private static long lines(OutcomeReport report) {
        return report.outcomes().stream().mapToLong(s -> s.lines().size()).sum() + report.overall().lines().size();
    }

    /** Distinct attenders, attendances and sessions per heading, then hours and credits: one pass each. */
    private static long bestSql(JdbcClient jdbc, ReportPeriod period) {
        long rows = jdbc.sql("""
                        select t.heading_id, count(distinct sa.resident_id), count(*), count(distinct s.id)
                        from activity_session s join session_attendance sa on sa.session_id = s.id
                        join activity a on a.id = s.activity_id join activity_type t on t.id = a.type_id
                        where s.session_date between ? and ? and s.cancelled = false and sa.status in ('PRESENT', 'LATE')
                        group by t.heading_id""")
                .params(period.from(), period.to()).query().listOfRows().size();
        rows += jdbc.sql("select count(distinct resident_id), sum(minutes) from tc_hours where status = 'APPROVED'"
                        + " and activity_date between ? and ?")
                .params(period.from(), period.to()).query().listOfRows().size();
        rows += jdbc.sql("select tx_type, sum(credits) from tc_transaction where occurred_at >= ? and occurred_at < ? group by tx_type")
                .params(period.from().atStartOfDay(), period.to().plusDays(1).atStartOfDay()).query().listOfRows().size();
        return rows;
    }
}

package org.bridgework.scale;

import org.bridgework.reports.Breakdown;
import org.bridgework.reports.OutcomeReport;
import org.bridgework.reports.OutcomeReportService;
import org.bridgework.reports.ReportPeriod;
import org.bridgework.reports.ReportScope;
import org.bridgework.security.SystemUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
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
        // the last twelve whole months with activity: reports are run for months, quarters and financial years
        LocalDate end = last == null ? null : YearMonth.from(last).minusMonths(1).atEndOfMonth();
        ReportPeriod year = end == null ? reports.lastFinancialYear() : new ReportPeriod(YearMonth.from(end).minusMonths(11).atDay(1), end);
        ReportPeriod days = end == null ? year : new ReportPeriod(year.from().plusDays(1), year.to().plusDays(1));
        String label = " (" + year.from() + " to " + year.to() + ")";
        long started = System.nanoTime();
        SystemUser.run(reports::prepareSummaries);
        System.out.printf("[benchmark] report summaries ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
        List<String> differences = SystemUser.call(() -> reports.summaryDifferences(year));
        System.out.println("[benchmark] the year's figures from the summaries and from counting the records "
                + (differences.isEmpty() ? "agree" : "DIFFER: " + differences));
        return List.of(
                new BenchmarkQuestion("outcome report, a year of whole months, no breakdown" + label, YEAR_REPORT, false,
                        run -> lines(reports.report(year, Breakdown.NONE, false, ReportScope.everything())),
                        run -> bestSql(jdbc, year)),
                new BenchmarkQuestion("outcome report, a year starting mid-month, no breakdown (" + days.from() + " to " + days.to() + ")",
                        YEAR_REPORT, false,
                        run -> lines(reports.report(days, Breakdown.NONE, false, ReportScope.everything())),
                        run -> bestSql(jdbc, days)),
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

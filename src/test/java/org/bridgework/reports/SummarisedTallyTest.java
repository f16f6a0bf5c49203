package org.bridgework.reports;

import org.bridgework.TestFixtures;
import org.bridgework.IntegrationTest;
import org.bridgework.activities.ActivityService;
import org.bridgework.activities.Mark;
import org.bridgework.activities.RegisterMark;
import org.bridgework.activities.RegisterService;
import org.bridgework.activities.StrategyService;
import org.bridgework.activities.TestActivities;
import org.bridgework.security.Role;
import org.bridgework.timecredits.HoursForm;
import org.bridgework.timecredits.HoursService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The summaries give the same figures as counting the records, at every level the report shows, after the
 * summary is built and again after records change beneath it: a mark changed, a session cancelled, hours logged.
 */
class SummarisedTallyTest extends IntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired OutcomeQueries queries;
    @Autowired ReachSummary reach;
    @Autowired StrategyService strategy;
    @Autowired RegisterService registers;
    @Autowired ActivityService activities;
    @Autowired HoursService hours;
    @Autowired JdbcClient jdbc;
    @Autowired OutcomeReportService reports;

    @Test
    void summariesAgreeWithTheRecordsBeforeAndAfterChanges() {
        var known = new ReportData(context).build();
        fixtures.signInAs(Role.MANAGER);
        var mapping = StrategyMapping.from(strategy);
        assertThat(reach.rebuild(mapping, reach.fingerprint(mapping))).isTrue();
        assertThat(pending()).isZero();
        List<ReportPeriod> periods = periods();
        for (ReportPeriod period : periods) {
            assertAgree(period, mapping);
        }
        long present = figures(queries.tally(periods.get(2), ReportScope.everything(), Breakdown.NONE, mapping)).get("overall").get(Tally.ATTENDANCES);

        fixtures.signInAs(Role.OFFICER);
        long session = TestActivities.session(activities, known.builderActivity(), LocalDate.now());
        registers.save(session, List.of(RegisterMark.of(known.residents().get(4), Mark.PRESENT),
                RegisterMark.of(known.residents().get(5), Mark.PRESENT)));
        registers.save(session, List.of(RegisterMark.of(known.residents().get(4), Mark.ABSENT),
                RegisterMark.of(known.residents().get(5), Mark.PRESENT)));
        long cancelled = TestActivities.session(activities, known.builderActivity(), LocalDate.now().minusDays(1));
        registers.save(cancelled, List.of(RegisterMark.of(known.residents().get(2), Mark.PRESENT)));
        activities.setCancelled(cancelled, true);
        var newcomer = fixtures.resident("Nia", TestFixtures.unique("Summary"));
        hours.log(new HoursForm(newcomer.id(), known.organisationId(), "Lunch club helper", LocalDate.now(), 90, "Leader"));
        assertThat(pending()).isPositive();

        fixtures.signInAs(Role.MANAGER);
        // through the service, whose transaction must see what its own catch-up has just written
        var year = periods.get(2);
        long shown = OutcomeFiguresTest.line(reports.report(year, Breakdown.NONE, false, ReportScope.everything())
                .overall().lines(), Measure.RESIDENTS_REACHED).total().current().amount();
        assertThat(pending()).isZero();
        assertThat(shown).as("people reached, as the report shows them")
                .isEqualTo(queries.counted(year, ReportScope.everything(), Breakdown.NONE, mapping).grand[Tally.RESIDENTS]);
        for (ReportPeriod period : periods) {
            assertAgree(period, mapping);
        }
        long after = figures(queries.tally(periods.get(2), ReportScope.everything(), Breakdown.NONE, mapping)).get("overall").get(Tally.ATTENDANCES);
        assertThat(after).as("one more present mark; the cancelled session's mark does not count").isEqualTo(present + 1);

        // a bulk load's way: totals worked out afresh, people reached rebuilt; the same figures again
        fixtures.signInAs(Role.ADMIN);
        reports.summariesAfterBulkLoad();
        fixtures.signInAs(Role.MANAGER);
        assertThat(reach.catchUp(mapping, reach.fingerprint(mapping))).as("not used until rebuilt").isFalse();
        assertThat(reach.rebuild(mapping, reach.fingerprint(mapping))).isTrue();
        for (ReportPeriod period : periods) {
            assertAgree(period, mapping);
        }
    }

    @Test
    void onlyAdministratorsMayCompareOrPrepareTheSummaries() {
        var period = periods().getFirst();
        for (Role role : List.of(Role.PARTNER, Role.OFFICER, Role.MANAGER)) {
            if (role == Role.PARTNER) {
                fixtures.signInAs(role, fixtures.organisation("Summary partner").id(), null);
            } else {
                fixtures.signInAs(role);
            }
            assertThatThrownBy(() -> reports.summaryDifferences(period)).as(role + " comparing").isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.prepareSummaries()).as(role + " preparing").isInstanceOf(AccessDeniedException.class);
        }
        fixtures.signInAs(Role.ADMIN);
        assertThat(reports.summaryDifferences(period)).isEmpty();
    }

    @Test
    void theSummaryAnswersOnlyForWholeMonthsWithinOneEra() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(ReachMonths.answers(new ReportPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)), today)).isTrue();
        assertThat(ReachMonths.answers(new ReportPeriod(LocalDate.of(2025, 4, 2), LocalDate.of(2026, 3, 31)), today)).isFalse();
        assertThat(ReachMonths.answers(new ReportPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 30)), today)).isFalse();
        // April 2025 starts an era, so March 2025 to April 2025 straddles two
        assertThat(ReachMonths.answers(new ReportPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30)), today)).isFalse();
        assertThat(ReachMonths.mask(new ReportPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)))).isEqualTo(0b111L);
        assertThat(ReachMonths.mask(new ReportPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)))).isEqualTo(0xFFFL << 12);
    }

    private void assertAgree(ReportPeriod period, StrategyMapping mapping) {
        assertThat(ReachMonths.answers(period, LocalDate.now())).as("the summary answers " + period).isTrue();
        var summarised = figures(queries.tally(period, ReportScope.everything(), Breakdown.NONE, mapping));
        var counted = figures(queries.counted(period, ReportScope.everything(), Breakdown.NONE, mapping));
        assertThat(summarised).as("figures for " + period).isEqualTo(counted);
        assertThat(counted.get("overall").get(Tally.RESIDENTS)).as("the period has people in it").isPositive();
    }

    /** This month, the last three whole months, and the last twelve where they share an era with this month. */
    private static List<ReportPeriod> periods() {
        YearMonth now = YearMonth.now();
        LocalDate end = now.atEndOfMonth();
        int eraStart = ReachMonths.era(ReachMonths.index(end)) * ReachMonths.ERA_MONTHS;
        int back = Math.min(11, ReachMonths.index(end) - eraStart);
        return List.of(new ReportPeriod(now.atDay(1), end), new ReportPeriod(now.minusMonths(Math.min(2, back)).atDay(1), end),
                new ReportPeriod(now.minusMonths(back).atDay(1), end));
    }

    private long pending() {
        return jdbc.sql("select count(*) from report_reach_pending").query(Long.class).single();
    }

    private static Map<String, List<Long>> figures(Tally t) {
        return t.figures();
    }
}

package org.bridgework.reports;

import org.bridgework.IntegrationTest;
import org.bridgework.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's raw figures on a hand-made data set, before suppression, then what the service shows of them. */
class OutcomeFiguresTest extends IntegrationTest {

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired OutcomeQueries queries;
    @Autowired OutcomeReportService reports;
    @Autowired org.bridgework.activities.StrategyService strategy;

    private static ReportData.Known known;

    @BeforeEach
    void build() {
        if (known == null) {
            known = new ReportData(context).build();
        }
        fixtures.signInAs(Role.MANAGER);
    }

    @Test
    void countsEachResidentOnceAcrossProgrammesAndAddsUpTheRest() {
        var mapping = StrategyMapping.from(strategy);
        Tally t = queries.tally(ReportData.PERIOD, ReportScope.organisation(known.organisationId()), Breakdown.NONE, mapping);
        long h4 = 4, h1 = 1, h3 = 3;
        assertThat(mapping.volunteering().headingId()).isEqualTo(h4);
        assertThat(mapping.family().headingId()).isEqualTo(h3);
        // r1 r2 r3 attended, r4 connected, r6 and r1 volunteered
        assertThat(t.headingTotals.get(h4)[Tally.RESIDENTS]).isEqualTo(5);
        assertThat(t.headingTotals.get(h4)[Tally.ATTENDANCES]).isEqualTo(5);
        assertThat(t.headingTotals.get(h4)[Tally.SESSIONS]).isEqualTo(2);
        assertThat(t.headingTotals.get(h4)[Tally.CONNECTIONS]).isEqualTo(1);
        assertThat(t.headingTotals.get(h4)[Tally.MINUTES]).isEqualTo(180);
        assertThat(t.headingTotals.get(h4)[Tally.ISSUED]).isEqualTo(3);
        assertThat(t.headingTotals.get(h1)[Tally.RESIDENTS]).isEqualTo(2);
        assertThat(t.headingTotals.get(h1)[Tally.ATTENDANCES]).isEqualTo(2);
        assertThat(t.headingTotals.get(h1)[Tally.SESSIONS]).isEqualTo(1);
        long[] family = t.headingTotals.get(h3);
        assertThat(family[Tally.RESIDENTS]).isEqualTo(2);
        assertThat(family[Tally.OPENED]).isEqualTo(1);
        assertThat(family[Tally.CLOSED]).isEqualTo(1);
        assertThat(family[Tally.ACHIEVED]).isEqualTo(1);
        assertThat(Tally.amount(Measure.AVERAGE_DISTANCE_TRAVELLED, family)).isEqualTo(250);
        // outcome 2 holds headings 3 and 4: r1 r2 r3 r4 r6 and r7 r8
        assertThat(t.outcomeTotals.get(2L)[Tally.RESIDENTS]).isEqualTo(7);
        assertThat(t.outcomeTotals.get(1L)[Tally.RESIDENTS]).isEqualTo(2);
        // r1 took part under both outcomes and counts once overall
        assertThat(t.grand[Tally.RESIDENTS]).isEqualTo(8);
        assertThat(t.grand[Tally.ATTENDANCES]).isEqualTo(7);
        assertThat(t.grand[Tally.SESSIONS]).isEqualTo(3);
    }

    @Test
    void theServiceShowsTheFiguresOfFiveOrMoreAndHidesTheRest() {
        var report = reports.report(ReportData.PERIOD, Breakdown.NONE, false, ReportScope.organisation(known.organisationId()));
        var overall = report.overall().lines();
        assertThat(line(overall, Measure.RESIDENTS_REACHED).total().current()).isEqualTo(new OutcomeReport.Cell(8, false));
        assertThat(line(overall, Measure.ATTENDANCES).total().current()).isEqualTo(new OutcomeReport.Cell(7, false));
        assertThat(line(overall, Measure.SESSIONS_DELIVERED).total().current().suppressed()).isTrue();
        var outcomeTwo = report.outcomes().stream().filter(s -> s.outcomeId() == 2L).findFirst().orElseThrow();
        var builders = outcomeTwo.lines().stream().filter(l -> Long.valueOf(4).equals(l.headingId())
                && l.measure() == Measure.RESIDENTS_REACHED).findFirst().orElseThrow();
        assertThat(builders.total().current()).isEqualTo(new OutcomeReport.Cell(5, false));
        var outcomeOne = report.outcomes().stream().filter(s -> s.outcomeId() == 1L).findFirst().orElseThrow();
        assertThat(line(outcomeOne.lines(), Measure.RESIDENTS_REACHED).total().current().suppressed()).isTrue();
        assertThat(report.scopeLabel()).startsWith("Report partner");
    }

    static OutcomeReport.Line line(java.util.List<OutcomeReport.Line> lines, Measure m) {
        return lines.stream().filter(l -> l.outcomeLevel() && l.measure() == m).findFirst().orElseThrow();
    }
}

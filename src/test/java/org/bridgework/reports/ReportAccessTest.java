package org.bridgework.reports;

import org.bridgework.IntegrationTest;
import org.bridgework.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Partners see only their own organisation's figures; officers get no equality breakdowns; volunteers nothing. */
class ReportAccessTest extends IntegrationTest {

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired OutcomeReportService reports;

    private static ReportData.Known known;

    @BeforeEach
    void build() {
        if (known == null) {
            known = new ReportData(context).build();
        }
    }

    private static long total(OutcomeReport report, Measure m) {
        var line = report.overall().lines().stream().filter(l -> l.measure() == m).findFirst().orElseThrow();
        assertThat(line.total().current().suppressed()).isFalse();
        return line.total().current().amount();
    }

    @Test
    void aPartnerSeesOnlyItsOwnOrganisationsFigures() {
        fixtures.signInAs(Role.PARTNER, known.organisationId(), null);
        var mine = reports.report(ReportData.PERIOD, Breakdown.NONE, false, ReportScope.everything());
        assertThat(mine.scopeLabel()).startsWith("Report partner");
        assertThat(total(mine, Measure.RESIDENTS_REACHED)).isEqualTo(8);
        assertThat(total(mine, Measure.ATTENDANCES)).isEqualTo(7);
    }

    @Test
    void aPartnerWithNothingOfItsOwnSeesNothingOfOthers() {
        fixtures.signInAs(Role.PARTNER);
        var report = reports.report(ReportData.PERIOD, Breakdown.NONE, false, null);
        var residents = report.overall().lines().stream().filter(l -> l.measure() == Measure.RESIDENTS_REACHED).findFirst().orElseThrow();
        assertThat(residents.total().current().suppressed()).isTrue();
        assertThat(report.overall().lines()).extracting(OutcomeReport.Line::measure).containsExactly(Measure.RESIDENTS_REACHED);
    }

    @Test
    void aPartnerAskingForAnotherOrganisationIsRefused() {
        fixtures.signInAs(Role.PARTNER);
        assertThatThrownBy(() -> reports.report(ReportData.PERIOD, Breakdown.NONE, false, ReportScope.organisation(known.organisationId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.trackingSet(ReportData.PERIOD, ReportScope.organisation(known.organisationId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aManagerMayLookAtOnePartnersFiguresAndTheWhole() {
        fixtures.signInAs(Role.MANAGER);
        var theirs = reports.report(ReportData.PERIOD, Breakdown.NONE, false, ReportScope.organisation(known.organisationId()));
        var whole = reports.report(ReportData.PERIOD, Breakdown.NONE, false, ReportScope.everything());
        assertThat(total(theirs, Measure.ATTENDANCES)).isEqualTo(7);
        assertThat(total(whole, Measure.ATTENDANCES)).isGreaterThanOrEqualTo(7);
        assertThat(total(whole, Measure.RESIDENTS_REACHED)).isGreaterThanOrEqualTo(8);
    }

    @Test
    void officersGetTheReportButNoEqualityBreakdowns() {
        fixtures.signInAs(Role.OFFICER);
        assertThat(reports.breakdowns()).contains(Breakdown.WARD).doesNotContain(Breakdown.ETHNICITY, Breakdown.RELIGION);
        assertThat(reports.report(ReportData.PERIOD, Breakdown.WARD, false, null).categories()).isNotEmpty();
        assertThatThrownBy(() -> reports.report(ReportData.PERIOD, Breakdown.ETHNICITY, false, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void volunteersAndFamilyWorkersAreRefused() {
        fixtures.signInAs(Role.VOLUNTEER);
        assertThatThrownBy(() -> reports.report(ReportData.PERIOD, Breakdown.NONE, false, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(reports::dataDictionary).isInstanceOf(AccessDeniedException.class);
        fixtures.signInAs(Role.FAMILY_WORKER);
        assertThatThrownBy(() -> reports.report(ReportData.PERIOD, Breakdown.NONE, false, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDefaultPeriodIsTheLastFullFinancialYear() {
        fixtures.signInAs(Role.MANAGER);
        var year = reports.lastFinancialYear();
        assertThat(year.from().getMonthValue()).isEqualTo(4);
        assertThat(year.from().getDayOfMonth()).isEqualTo(1);
        assertThat(year.to()).isEqualTo(year.from().plusYears(1).minusDays(1));
        assertThat(year.to()).isBefore(java.time.LocalDate.now());
    }
}

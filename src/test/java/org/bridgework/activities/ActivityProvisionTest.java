package org.bridgework.activities;

import org.bridgework.IntegrationTest;
import org.bridgework.TestFixtures;
import org.bridgework.reports.AreaFigure;
import org.bridgework.reports.ProvisionMeasure;
import org.bridgework.reports.ReportPeriod;
import org.bridgework.reports.ReportScope;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions by venue ward and participation by where residents live, limited to the delivering organisation. */
class ActivityProvisionTest extends IntegrationTest {

    private static final String VINTRY = "E05009311";
    private static final String ALDERSGATE = "E05009288";

    @Autowired
    ActivityProvision provision;
    @Autowired
    ActivityService activities;
    @Autowired
    StrategyService strategy;
    @Autowired
    RegisterService registers;
    @Autowired
    ResidentService residents;

    @Test
    void countsSessionsParticipantsAndAttendancesPerAreaForOneOrganisationOnly() {
        long mine = fixtures.organisation("Provider").id();
        long theirs = fixtures.organisation("Other provider").id();
        fixtures.signInAs(Role.MANAGER);
        LocalDate day = LocalDate.now().minusDays(20);
        long myActivity = activityIn(mine, VINTRY);
        long theirActivity = activityIn(theirs, VINTRY);
        List<Long> mySessions = activities.schedule(myActivity, new Recurrence(Frequency.WEEKLY, day, day.plusDays(14), LocalTime.NOON, 60, null));
        assertThat(mySessions).hasSize(3);
        activities.setCancelled(mySessions.get(2), true);
        long outsidePeriod = activities.schedule(myActivity, Recurrence.once(day.minusDays(60), LocalTime.NOON, 60)).getFirst();
        long theirSession = TestActivities.session(activities, theirActivity, day);

        long a = resident(ALDERSGATE, "E01000001");
        long b = resident(ALDERSGATE, "E01000001");
        long c = resident(ALDERSGATE, "E01000003");
        long absentee = resident(ALDERSGATE, "E01000003");
        registers.save(mySessions.get(0), List.of(RegisterMark.of(a, Mark.PRESENT), RegisterMark.of(b, Mark.LATE),
                RegisterMark.of(c, Mark.PRESENT), RegisterMark.of(absentee, Mark.ABSENT)));
        registers.save(mySessions.get(1), List.of(RegisterMark.of(a, Mark.PRESENT)));
        registers.save(outsidePeriod, List.of(RegisterMark.of(absentee, Mark.PRESENT)));
        registers.save(theirSession, List.of(RegisterMark.of(absentee, Mark.PRESENT), RegisterMark.of(a, Mark.PRESENT)));

        var period = new ReportPeriod(day.minusDays(1), LocalDate.now());
        var figures = provision.provision(period, ReportScope.organisation(mine));

        assertThat(byKey(figures, ProvisionMeasure.SESSIONS_DELIVERED)).as("cancelled and out-of-period sessions left out")
                .isEqualTo(Map.of(VINTRY + "/-", 2L));
        assertThat(byKey(figures, ProvisionMeasure.PARTICIPANTS))
                .isEqualTo(Map.of(ALDERSGATE + "/E01000001", 2L, ALDERSGATE + "/E01000003", 1L));
        assertThat(byKey(figures, ProvisionMeasure.ATTENDANCES))
                .isEqualTo(Map.of(ALDERSGATE + "/E01000001", 3L, ALDERSGATE + "/E01000003", 1L));

        fixtures.signInAs(Role.PARTNER, theirs, null);
        var theirFigures = provision.provision(period, ReportScope.organisation(theirs));
        assertThat(byKey(theirFigures, ProvisionMeasure.SESSIONS_DELIVERED)).isEqualTo(Map.of(VINTRY + "/-", 1L));
        assertThat(byKey(theirFigures, ProvisionMeasure.PARTICIPANTS))
                .isEqualTo(Map.of(ALDERSGATE + "/E01000001", 1L, ALDERSGATE + "/E01000003", 1L));

        var everything = byKey(provision.provision(period, ReportScope.everything()), ProvisionMeasure.SESSIONS_DELIVERED);
        assertThat(everything.get(VINTRY + "/-")).as("the whole City includes both organisations").isGreaterThanOrEqualTo(3L);
    }

    private long activityIn(long org, String ward) {
        return activities.save(new ActivityForm(null, 0, TestFixtures.unique("Provision "), TestActivities.programme(strategy, "Community Builders"),
                TestActivities.type(strategy, "Community Builders group"), org, "Vintry venue", ward,
                java.util.Set.of(TargetGroup.EVERYONE), 20, false, false, null));
    }

    private long resident(String ward, String lsoa) {
        return residents.create(new ResidentForm(null, 0, "Area", TestFixtures.unique("Resident"), null,
                LocalDate.of(1990, 2, 3), null, null, "2 Fann Street", null, "London", "EC2Y 8DS", ward, null, lsoa,
                "English", false, null, null, null, null)).id();
    }

    private static Map<String, Long> byKey(List<AreaFigure> figures, ProvisionMeasure measure) {
        return figures.stream().filter(f -> f.measure() == measure).collect(Collectors.toMap(
                f -> f.wardCode() + "/" + (f.lsoaCode() == null ? "-" : f.lsoaCode()), f -> f.value().longValueExact()));
    }
}

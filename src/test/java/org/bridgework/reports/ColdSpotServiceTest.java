package org.bridgework.reports;

import org.bridgework.IntegrationTest;
import org.bridgework.TestFixtures;
import org.bridgework.activities.ActivityForm;
import org.bridgework.activities.ActivityService;
import org.bridgework.activities.Mark;
import org.bridgework.activities.RegisterMark;
import org.bridgework.activities.RegisterService;
import org.bridgework.activities.StrategyService;
import org.bridgework.activities.TargetGroup;
import org.bridgework.activities.TestActivities;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The ranking through the service on a known set-up. Other tests share the database, so provision is made by a
 * fresh partner organisation (its report shows only its own), and residents on record are read back from the view.
 */
class ColdSpotServiceTest extends IntegrationTest {

    private static final String VINTRY = "E05009311";
    private static final String CRIPPLEGATE = "E05009302";
    /** The City's six LSOAs with their IMD 2019 deciles: 9, 10, 5, 3, 7, 6. */
    private static final List<String> CITY_LSOAS = List.of("E01000001", "E01000002", "E01000003", "E01000005",
            "E01032739", "E01032740");

    @Autowired
    ColdSpotService coldSpots;
    @Autowired
    ActivityService activities;
    @Autowired
    StrategyService strategy;
    @Autowired
    RegisterService registers;
    @Autowired
    ResidentService residents;
    @Autowired
    JdbcClient jdbc;

    @Test
    void ranksTheCitysNeighbourhoodsByNeedAgainstAPartnersOwnProvision() {
        long partner = fixtures.organisation("Cold spot partner").id();
        long other = fixtures.organisation("Cold spot other").id();
        fixtures.signInAs(Role.MANAGER);
        for (String lsoa : CITY_LSOAS) {
            resident(CRIPPLEGATE, lsoa);
        }
        var takingPart = new ArrayList<Long>();
        for (int i = 0; i < 6; i++) {
            takingPart.add(resident(CRIPPLEGATE, "E01000002"));
        }
        long fromPortsoken = resident(CRIPPLEGATE, "E01000005");
        LocalDate day = LocalDate.now().minusDays(3);
        long mine = TestActivities.session(activities, activity(partner), day);
        TestActivities.session(activities, activity(partner), day.minusDays(1));
        long theirs = TestActivities.session(activities, activity(other), day);
        registers.save(mine, takingPart.stream().map(id -> RegisterMark.of(id, Mark.PRESENT)).toList());
        registers.save(theirs, List.of(RegisterMark.of(fromPortsoken, Mark.PRESENT)));

        fixtures.signInAs(Role.PARTNER, partner, null);
        var period = new ReportPeriod(day.minusDays(7), LocalDate.now());
        var report = coldSpots.lsoas(period, "City of London");

        assertThat(report.partnerOnly()).isTrue();
        // need places: 001E (3) 1st, 001C (5) 2nd, 001G (6) 3rd, 001F (7) 4th, 001A (9) 5th, 001B (10) 6th;
        // provision: only 001B has anyone taking part (1st), the rest tie 2nd; score = provision - need
        assertThat(report.lines()).extracting(ColdSpotLine::code)
                .containsExactly("E01000005", "E01000003", "E01032740", "E01032739", "E01000001", "E01000002");
        assertThat(report.lines()).extracting(ColdSpotLine::score).containsExactly(1, 0, -1, -2, -3, -5);
        var barbican = report.lines().getLast();
        assertThat(barbican.participants().value()).isEqualTo(6);
        assertThat(barbican.participants().suppressed()).isFalse();
        assertThat(barbican.participationPerThousand()).isCloseTo(6000.0 / residentsIn("E01000002"), within(0.001));
        assertThat(barbican.residents()).isEqualTo(residentsIn("E01000002"));
        var portsoken = report.lines().getFirst();
        assertThat(portsoken.participants().suppressed()).as("the other organisation's attendee is not counted, and 0 is hidden").isTrue();
        assertThat(portsoken.participants().value()).isZero();
        assertThat(portsoken.participationPerThousand()).isNull();

        var wards = coldSpots.wards(period);
        assertThat(wards.lines()).hasSize(25);
        var vintry = wards.lines().stream().filter(l -> l.code().equals(VINTRY)).findFirst().orElseThrow();
        assertThat(vintry.sessionsDelivered()).as("the partner's two sessions, not the other organisation's").isEqualTo(2);
        var cripplegate = wards.lines().stream().filter(l -> l.code().equals(CRIPPLEGATE)).findFirst().orElseThrow();
        assertThat(cripplegate.participants().value()).isEqualTo(6);
        assertThat(cripplegate.deprivationDecile()).as("resident-weighted average of the ward's LSOA deciles")
                .isCloseTo(weightedDecile(CRIPPLEGATE), within(0.0001));
        assertThat(cripplegate.ranked()).isTrue();

        fixtures.signInAs(Role.MANAGER);
        var whole = coldSpots.wards(period);
        assertThat(whole.partnerOnly()).isFalse();
        assertThat(whole.lines().stream().filter(l -> l.code().equals(VINTRY)).findFirst().orElseThrow().sessionsDelivered())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void volunteersAndOfficersAreRefused() {
        var period = new ReportPeriod(LocalDate.now().minusDays(30), LocalDate.now());
        fixtures.signInAs(Role.VOLUNTEER);
        assertThatThrownBy(() -> coldSpots.wards(period)).isInstanceOf(AccessDeniedException.class);
        fixtures.signInAs(Role.OFFICER);
        assertThatThrownBy(() -> coldSpots.lsoas(period, null)).isInstanceOf(AccessDeniedException.class);
    }

    private long residentsIn(String lsoa) {
        return jdbc.sql("select count(*) from rpt_resident where lsoa_code = ?").param(lsoa).query(Long.class).single();
    }

    private double weightedDecile(String ward) {
        return jdbc.sql("select sum(i.imd_decile) / count(*) from rpt_resident r join imd2019_lsoa i on i.lsoa_code = r.lsoa_code"
                + " where r.ward_code = ?").param(ward).query(Double.class).single();
    }

    private long activity(long org) {
        return activities.save(new ActivityForm(null, 0, TestFixtures.unique("Cold spot "), TestActivities.programme(strategy, "Community Builders"),
                TestActivities.type(strategy, "Community Builders group"), org, "Vintry hall", VINTRY,
                Set.of(TargetGroup.EVERYONE), 30, false, false, null));
    }

    private long resident(String ward, String lsoa) {
        return residents.create(new ResidentForm(null, 0, "Cold", TestFixtures.unique("Spot"), null,
                LocalDate.of(1975, 6, 7), null, null, "3 Fore Street", null, "London", "EC2Y 5EJ", ward, null, lsoa,
                "English", false, null, null, null, null)).id();
    }
}

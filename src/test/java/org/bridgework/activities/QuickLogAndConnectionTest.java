package org.bridgework.activities;

import org.bridgework.IntegrationTest;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuickLogAndConnectionTest extends IntegrationTest {

    @Autowired
    QuickLogService quickLog;
    @Autowired
    RegisterService registers;
    @Autowired
    ActivityService activities;
    @Autowired
    StrategyService strategy;
    @Autowired
    ConnectionService connections;

    @Test
    void aQuickLogCreatesTheActivityItsSessionAndAPresentRegister() {
        fixtures.signInAs(Role.OFFICER);
        long a = fixtures.resident("Quinn", "Quick").id();
        long b = fixtures.resident("Quentin", "Quick").id();
        long session = quickLog.log(new QuickLog("Litter pick on Mansell Street", TestActivities.type(strategy, "Community event"),
                fixtures.organisation("Team").id(), LocalDate.of(2026, 11, 20), "E05009308", List.of(a, b, a)));

        var register = registers.register(session);
        assertThat(register.session().title()).isEqualTo("Litter pick on Mansell Street");
        assertThat(register.session().date()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(register.lines()).extracting(RegisterLine::residentId).containsExactlyInAnyOrder(a, b);
        assertThat(register.lines()).extracting(RegisterLine::mark).containsOnly(Mark.PRESENT);
        assertThatThrownBy(() -> quickLog.log(new QuickLog(" ", null, null, null, null, List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("title", "type", "date", "organisation"));
    }

    @Test
    void connectionsRecordIsolationAtFirstContactAndReviewForReporting() {
        fixtures.signInAs(Role.OFFICER);
        long group = TestActivities.activity(activities, strategy, fixtures.organisation("Team").id(), null, false);
        long resident = fixtures.resident("Iris", "Isolated").id();
        LocalDate day = LocalDate.of(2019, 3, 4);
        long id = connections.save(new ConnectionForm(null, resident, group, null, day, 5, null, null, "Met at the launderette"));
        connections.save(new ConnectionForm(id, resident, group, null, day, 5, 2, day.plusWeeks(6), "Comes every week now"));

        assertThat(connections.forResident(resident)).singleElement().satisfies(c -> {
            assertThat(c.isolationAtFirst()).isEqualTo(5);
            assertThat(c.isolationAtReview()).isEqualTo(2);
            assertThat(c.builder()).startsWith("officer");
        });
        var change = connections.isolationChange(day, day);
        assertThat(change.reviewed()).isEqualTo(1);
        assertThat(change.lessIsolated()).isEqualTo(1);
        assertThat(change.averageChange()).isEqualTo(-3.0);
        assertThatThrownBy(() -> connections.save(new ConnectionForm(null, resident, group, null, day, 7, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("isolationAtFirst"));
    }
}

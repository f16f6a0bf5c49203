package org.bridgework.activities;

import org.bridgework.IntegrationTest;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionSchedulingTest extends IntegrationTest {

    @Autowired
    ActivityService activities;
    @Autowired
    StrategyService strategy;

    @Test
    void aTermWithAnExceptionCreatesOneRowPerDateAndSchedulingAgainAddsNothing() {
        fixtures.signInAs(Role.OFFICER);
        long org = fixtures.organisation("Library").id();
        long activity = TestActivities.activity(activities, strategy, org, 12, false);
        var rule = new Recurrence(Frequency.WEEKLY, LocalDate.of(2026, 9, 7), LocalDate.of(2026, 12, 14), LocalTime.of(10, 30), 90,
                Set.of(LocalDate.of(2026, 10, 26)));

        var first = activities.schedule(activity, rule);
        var again = activities.schedule(activity, rule);

        assertThat(first).hasSize(14);
        assertThat(again).isEqualTo(first);
        var sessions = activities.sessionsOf(activity, 0, 100);
        assertThat(sessions).hasSize(14);
        assertThat(sessions).extracting(SessionSummary::date).doesNotContain(LocalDate.of(2026, 10, 26))
                .contains(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 11, 2));
        assertThat(sessions.getFirst().capacity()).isEqualTo(12);
        assertThat(sessions.getFirst().endTime()).isEqualTo(LocalTime.of(12, 0));
        assertThat(activities.between(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 25), 100))
                .extracting(SessionSummary::activityId).contains(activity);
    }

    @Test
    void aRuleEndingBeforeItStartsIsRefusedWithAPlainMessage() {
        fixtures.signInAs(Role.OFFICER);
        long activity = TestActivities.activity(activities, strategy, fixtures.organisation("Org").id(), null, false);
        assertThatThrownBy(() -> activities.schedule(activity, new Recurrence(Frequency.WEEKLY, LocalDate.of(2026, 9, 7),
                LocalDate.of(2026, 9, 1), LocalTime.NOON, 60, Set.of())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("lastDate")).contains("cannot be before"));
    }
}

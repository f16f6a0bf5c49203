package org.bridgework.activities;

import org.bridgework.TestFixtures;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** Builds activities and sessions for tests through the real services, as the signed-in user. */
public final class TestActivities {

    private TestActivities() {
    }

    public static long type(StrategyService strategy, String name) {
        return strategy.list(StrategyKind.TYPE, false).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
    }

    public static long programme(StrategyService strategy, String name) {
        return strategy.list(StrategyKind.PROGRAMME, false).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
    }

    public static long activity(ActivityService activities, StrategyService strategy, long orgId, Integer capacity,
                                boolean volunteering) {
        return activities.save(new ActivityForm(null, 0, TestFixtures.unique("Activity "), programme(strategy, "Community Builders"),
                type(strategy, volunteering ? "Volunteering" : "Community Builders group"), orgId, "Golden Lane Community Centre",
                "E05009288", Set.of(TargetGroup.EVERYONE), capacity, volunteering, false, null));
    }

    public static long session(ActivityService activities, long activityId, LocalDate date) {
        return activities.schedule(activityId, Recurrence.once(date, LocalTime.of(14, 0), 90)).getFirst();
    }
}

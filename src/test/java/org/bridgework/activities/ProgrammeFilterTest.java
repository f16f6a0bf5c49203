package org.bridgework.activities;

import org.bridgework.IntegrationTest;
import org.bridgework.residents.ResidentFilter;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The resident grid's programme filter keeps those who booked or attended that programme's sessions. */
class ProgrammeFilterTest extends IntegrationTest {

    @Autowired
    ActivityService activities;
    @Autowired
    StrategyService strategy;
    @Autowired
    BookingService bookings;
    @Autowired
    RegisterService registers;
    @Autowired
    ResidentService residents;

    @Test
    void residentsAreFoundByTheProgrammeTheyTookPartIn() {
        fixtures.signInAs(Role.OFFICER);
        String family = org.bridgework.TestFixtures.unique("Programmefilter");
        var booked = fixtures.resident("Booked", family);
        var attended = fixtures.resident("Attended", family);
        var neither = fixtures.resident("Neither", family);
        long session = TestActivities.session(activities, TestActivities.activity(activities, strategy,
                fixtures.organisation("Centre").id(), 10, false), LocalDate.of(2026, 11, 4));
        bookings.book(session, booked.id());
        registers.save(session, java.util.List.of(new RegisterMark(attended.id(), Mark.PRESENT, null)));

        long communityBuilders = TestActivities.programme(strategy, "Community Builders");
        var found = residents.search(new ResidentFilter(family, null, null, null, communityBuilders), 0, 50);
        assertThat(found).extracting(ResidentSummary::id).containsExactlyInAnyOrder(booked.id(), attended.id())
                .doesNotContain(neither.id());
        long other = strategy.list(StrategyKind.PROGRAMME, false).stream()
                .filter(p -> p.id() != communityBuilders).findFirst().orElseThrow().id();
        assertThat(residents.search(new ResidentFilter(family, null, null, null, other), 0, 50)).isEmpty();
    }
}

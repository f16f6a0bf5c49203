package org.bridgework.activities;

import org.bridgework.IntegrationTest;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A partner manages only what its own organisation delivers: others' ids give nothing or are refused. */
class PartnerScopingTest extends IntegrationTest {

    @Autowired
    ActivityService activities;
    @Autowired
    StrategyService strategy;
    @Autowired
    BookingService bookings;
    @Autowired
    RegisterService registers;

    @Test
    void partnersSeeAndChangeOnlyTheirOwnOrganisationsSessions() {
        long mine = fixtures.organisation("Mine").id();
        long theirs = fixtures.organisation("Theirs").id();
        fixtures.signInAs(Role.OFFICER);
        long resident = fixtures.resident("Rita", "Resident").id();
        long myActivity = TestActivities.activity(activities, strategy, mine, 10, false);
        long theirActivity = TestActivities.activity(activities, strategy, theirs, 10, false);
        long mySession = TestActivities.session(activities, myActivity, LocalDate.of(2026, 11, 12));
        long theirSession = TestActivities.session(activities, theirActivity, LocalDate.of(2026, 11, 12));
        long theirBooking = bookings.book(theirSession, resident).id();
        bookings.book(mySession, resident);

        fixtures.signInAs(Role.PARTNER, mine, null);

        assertThat(activities.session(mySession)).isPresent();
        assertThat(activities.session(theirSession)).isEmpty();
        assertThat(activities.form(theirActivity)).isEmpty();
        assertThat(activities.page("", 0, 1000)).extracting(ActivitySummary::deliveringOrgId).containsOnly(mine);
        assertThat(activities.between(LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 12), 1000))
                .extracting(SessionSummary::deliveringOrgId).containsOnly(mine);
        assertThat(registers.journey(resident, 100)).extracting(l -> l.session().id()).containsExactly(mySession);

        assertThatThrownBy(() -> bookings.bookings(theirSession)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bookings.book(theirSession, resident)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bookings.cancel(theirBooking)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registers.save(theirSession, List.of(RegisterMark.of(resident, Mark.PRESENT))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registers.register(theirSession)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> activities.schedule(theirActivity, Recurrence.once(LocalDate.of(2026, 12, 1), java.time.LocalTime.NOON, 60)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestActivities.activity(activities, strategy, theirs, 5, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(TestActivities.activity(activities, strategy, mine, 5, false)).isPositive();
        assertThat(bookings.bookings(mySession)).hasSize(1);
    }

    @Test
    void volunteersCannotReachActivitiesAtAll() {
        fixtures.signInAs(Role.VOLUNTEER);
        assertThatThrownBy(() -> activities.page("", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bookings.bookings(1)).isInstanceOf(AccessDeniedException.class);
    }
}

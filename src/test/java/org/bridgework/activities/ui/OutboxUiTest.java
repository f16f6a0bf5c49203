package org.bridgework.activities.ui;

import org.bridgework.UiTest;
import org.bridgework.activities.ActivityService;
import org.bridgework.activities.BookingService;
import org.bridgework.activities.OutboxMessage;
import org.bridgework.activities.StrategyService;
import org.bridgework.activities.TestActivities;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static org.assertj.core.api.Assertions.assertThat;

class OutboxUiTest extends UiTest {

    @Autowired
    ActivityService activities;
    @Autowired
    StrategyService strategy;
    @Autowired
    BookingService bookings;

    @Test
    void officersSeeWhatWasHeldBackAndPartnersCannotOpenTheOutbox() {
        signInAs(Role.OFFICER);
        long session = TestActivities.session(activities, TestActivities.activity(activities, strategy,
                fixtures.organisation("Org").id(), 5, false), LocalDate.of(2026, 12, 2));
        long resident = fixtures.resident("Olive", "Outbox").id();
        bookings.book(session, resident);

        navigate("outbox");
        var view = _get(OutboxView.class);
        view.status.setValue("SUPPRESSED");
        var shown = _fetch(view.grid, 0, 50);
        assertThat(shown).extracting(OutboxMessage::residentId).contains(resident);
        assertThat(shown).extracting(OutboxMessage::status).containsOnly("SUPPRESSED");

        signInAs(Role.PARTNER);
        navigate("outbox");
        assertThat(_find(OutboxView.class)).isEmpty();
    }
}

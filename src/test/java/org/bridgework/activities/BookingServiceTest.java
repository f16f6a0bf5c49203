package org.bridgework.activities;

import org.bridgework.IntegrationTest;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.organisations.OrganisationType;
import org.bridgework.residents.PartnerLinkChanged;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.bridgework.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@RecordApplicationEvents
class BookingServiceTest extends IntegrationTest {

    @Autowired
    ActivityService activities;
    @Autowired
    StrategyService strategy;
    @Autowired
    BookingService bookings;
    @Autowired
    OutboxService outbox;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ApplicationEvents events;

    @Test
    void withoutAConsentRecordMessagesAreSuppressedNotSent() {
        fixtures.signInAs(Role.OFFICER);
        long session = TestActivities.session(activities, TestActivities.activity(activities, strategy,
                fixtures.organisation("Library").id(), 1, false), LocalDate.of(2026, 10, 15));
        long first = fixtures.resident("Cora", "Consentless").id();
        long second = fixtures.resident("Dev", "Consentless").id();

        var booked = bookings.book(session, first);
        var waiting = bookings.book(session, second);
        bookings.cancel(booked.id());

        assertThat(booked.status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(waiting.status()).isEqualTo(BookingStatus.WAITING);
        assertThat(outbox.forResident(first)).extracting(OutboxMessage::kind).containsExactly("CONFIRMATION");
        assertThat(outbox.forResident(second)).extracting(OutboxMessage::kind).containsExactly("WAITING_LIST", "PROMOTED");
        assertThat(outbox.forResident(second)).extracting(OutboxMessage::status).containsOnly("SUPPRESSED");
        assertThat(bookings.bookings(session)).filteredOn(b -> b.residentId() == second)
                .extracting(BookingDetails::status).containsExactly(BookingStatus.BOOKED);
    }

    @Test
    void bookingTwiceKeepsOneBookingAndPartnerDeliveredBookingsLinkTheResidentToThePartner() {
        fixtures.signInAs(Role.OFFICER);
        long partner = fixtures.organisation("Toynbee").id();
        long session = TestActivities.session(activities, TestActivities.activity(activities, strategy, partner, 10, false),
                LocalDate.of(2026, 10, 16));
        long resident = fixtures.resident("Pat", "Linked").id();

        var first = bookings.book(session, resident);
        var again = bookings.book(session, resident);
        bookings.cancel(first.id());

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(events.stream(PartnerLinkChanged.class).filter(e -> e.residentId() == resident))
                .containsExactly(new PartnerLinkChanged(resident, partner, "activities.booking", String.valueOf(first.id()), true),
                        new PartnerLinkChanged(resident, partner, "activities.booking", String.valueOf(first.id()), false));
    }

    @Test
    void remindersAreQueuedOncePerConfirmedPlace() {
        fixtures.signInAs(Role.OFFICER);
        LocalDate day = LocalDate.of(2031, 3, 4);
        long session = TestActivities.session(activities, TestActivities.activity(activities, strategy,
                fixtures.organisation("Library").id(), 1, false), day);
        long booked = fixtures.resident("Rhea", "Reminded").id();
        long waiting = fixtures.resident("Wes", "Waiting").id();
        bookings.book(session, booked);
        bookings.book(session, waiting);

        int first = outbox.queueReminders(day);
        int second = outbox.queueReminders(day);

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        assertThat(outbox.forResident(booked)).extracting(OutboxMessage::kind).containsExactly("CONFIRMATION", "REMINDER");
        assertThat(outbox.forResident(waiting)).extracting(OutboxMessage::kind).containsExactly("WAITING_LIST");
    }

    @Test
    void councilTeamActivitiesLinkNoPartner() {
        fixtures.signInAs(Role.OFFICER);
        long council = SystemUser.call(() -> organisations.save(new OrganisationDetails(null, 0, TestFixtures.unique("Council team "),
                OrganisationType.COUNCIL_TEAM, null, null, null, null, null, null, null, null, null, false, false, true))).id();
        long session = TestActivities.session(activities, TestActivities.activity(activities, strategy, council, 10, false),
                LocalDate.of(2026, 10, 16));
        long resident = fixtures.resident("Col", "Council").id();
        bookings.book(session, resident);
        assertThat(events.stream(PartnerLinkChanged.class).filter(e -> e.residentId() == resident)).isEmpty();
    }
}

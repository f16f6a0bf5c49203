package org.bridgework.activities;

import org.bridgework.IntegrationTest;
import org.bridgework.residents.PersonalDataSection;
import org.bridgework.residents.ResidentsMerged;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentChangesTest extends IntegrationTest {

    @Autowired
    ActivityService activities;
    @Autowired
    StrategyService strategy;
    @Autowired
    BookingService bookings;
    @Autowired
    RegisterService registers;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    List<PersonalDataSection> sections;

    @Test
    void aMergeMovesBookingsAndAttendanceToTheSurvivorAndUndoMovesThemBack() {
        fixtures.signInAs(Role.OFFICER);
        long activity = TestActivities.activity(activities, strategy, fixtures.organisation("Org").id(), null, false);
        long sessionA = TestActivities.session(activities, activity, LocalDate.of(2026, 9, 21));
        long sessionB = TestActivities.session(activities, activity, LocalDate.of(2026, 9, 28));
        long survivor = fixtures.resident("Sam", "Survivor").id();
        long duplicate = fixtures.resident("Sam", "Duplicate").id();
        bookings.book(sessionA, duplicate);
        registers.save(sessionA, List.of(RegisterMark.of(duplicate, Mark.PRESENT)));
        // both records on one register: the survivor's mark stands, the duplicate's row stays for undo
        registers.save(sessionB, List.of(RegisterMark.of(duplicate, Mark.ABSENT), RegisterMark.of(survivor, Mark.PRESENT)));

        transactions.executeWithoutResult(t -> events.publishEvent(new ResidentsMerged(survivor, duplicate, false)));

        assertThat(registers.journey(survivor, 10)).extracting(l -> l.session().id()).containsExactlyInAnyOrder(sessionA, sessionB);
        assertThat(registers.register(sessionA).lines()).extracting(RegisterLine::residentId).containsExactly(survivor);
        assertThat(registers.register(sessionB).lines()).filteredOn(l -> l.residentId() == survivor)
                .extracting(RegisterLine::mark).containsExactly(Mark.PRESENT);

        transactions.executeWithoutResult(t -> events.publishEvent(new ResidentsMerged(survivor, duplicate, true)));

        assertThat(registers.journey(survivor, 10)).extracting(l -> l.session().id()).containsExactly(sessionB);
        assertThat(registers.journey(duplicate, 10)).extracting(l -> l.session().id()).containsExactlyInAnyOrder(sessionA, sessionB);
        assertThat(bookings.bookings(sessionA)).extracting(BookingDetails::residentId).containsExactly(duplicate);
    }

    @Test
    void theSubjectAccessExportListsBookingsAttendanceAndMessages() {
        fixtures.signInAs(Role.OFFICER);
        long session = TestActivities.session(activities, TestActivities.activity(activities, strategy,
                fixtures.organisation("Org").id(), null, false), LocalDate.of(2026, 9, 22));
        long resident = fixtures.resident("Sara", "Subject").id();
        bookings.book(session, resident);
        registers.save(session, List.of(RegisterMark.of(resident, Mark.LATE)));

        var section = sections.stream().filter(s -> s instanceof ActivitiesPersonalData).findFirst().orElseThrow();
        Map<String, Object> data = section.dataFor(resident);

        assertThat((List<?>) data.get("bookings")).hasSize(1);
        assertThat((List<?>) data.get("attendance")).singleElement().asString().contains("LATE");
        assertThat((List<?>) data.get("messages")).singleElement().asString().contains("CONFIRMATION");
    }
}

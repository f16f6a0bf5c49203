package org.bridgework.activities;

import org.bridgework.IntegrationTest;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.AgeBand;
import org.bridgework.residents.PartnerLinkChanged;
import org.bridgework.residents.PartnerLinksChanged;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@RecordApplicationEvents
class RegisterServiceTest extends IntegrationTest {

    @Autowired
    ActivityService activities;
    @Autowired
    StrategyService strategy;
    @Autowired
    BookingService bookings;
    @Autowired
    RegisterService registers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    @Test
    void savingTheSameRegisterTwiceChangesNothing() {
        fixtures.signInAs(Role.OFFICER);
        long session = TestActivities.session(activities, TestActivities.activity(activities, strategy,
                fixtures.organisation("Org").id(), null, false), LocalDate.of(2026, 11, 3));
        long parent = fixtures.resident("Parveen", "Parent").id();
        long child = fixtures.resident("Chloe", "Child").id();
        long late = fixtures.resident("Larry", "Late").id();
        bookings.book(session, parent);
        var marks = List.of(RegisterMark.of(parent, Mark.PRESENT), new RegisterMark(child, Mark.PRESENT, parent),
                RegisterMark.of(late, Mark.LATE));

        int firstSave = registers.save(session, marks);
        var rowsAfterFirst = jdbc.sql("select id, resident_id, status, accompanied_by_id, recorded_at from session_attendance where session_id = ? order by id")
                .param(session).query().listOfRows();
        int secondSave = registers.save(session, marks);
        var rowsAfterSecond = jdbc.sql("select id, resident_id, status, accompanied_by_id, recorded_at from session_attendance where session_id = ? order by id")
                .param(session).query().listOfRows();

        assertThat(firstSave).isEqualTo(3);
        assertThat(secondSave).isZero();
        assertThat(rowsAfterSecond).isEqualTo(rowsAfterFirst).hasSize(3);
        var register = registers.register(session);
        assertThat(register.lines()).filteredOn(l -> l.residentId() == child).singleElement()
                .satisfies(l -> assertThat(l.accompaniedById()).isEqualTo(parent));
        assertThat(register.lines()).filteredOn(l -> l.residentId() == parent).singleElement()
                .satisfies(l -> assertThat(l.booked()).isTrue());

        assertThat(registers.save(session, List.of(RegisterMark.of(late, Mark.ABSENT)))).isEqualTo(1);
        assertThat(registers.register(session).lines()).filteredOn(l -> l.residentId() == late)
                .extracting(RegisterLine::mark).containsExactly(Mark.ABSENT);
    }

    @Test
    void volunteeringRegistersPublishEveryAttendingVolunteerInOneEventOnEachSave() {
        fixtures.signInAs(Role.OFFICER);
        long org = fixtures.organisation("Toynbee").id();
        long activity = TestActivities.activity(activities, strategy, org, null, true);
        long session = TestActivities.session(activities, activity, LocalDate.of(2026, 11, 7));
        long present = fixtures.resident("Victor", "Volunteer").id();
        long late = fixtures.resident("Lola", "Volunteer").id();
        long absent = fixtures.resident("Abe", "Volunteer").id();
        var marks = List.of(RegisterMark.of(present, Mark.PRESENT), RegisterMark.of(late, Mark.LATE), RegisterMark.of(absent, Mark.ABSENT));

        registers.save(session, marks);

        var saved = events.stream(VolunteeringRegisterSaved.class).toList();
        assertThat(saved).singleElement().satisfies(e -> assertThat(e.sessionId()).isEqualTo(session));
        var published = saved.getFirst().attendances();
        assertThat(published).extracting(VolunteeringAttended::attendanceKey).containsExactlyInAnyOrder(
                "session:" + session + ":resident:" + present, "session:" + session + ":resident:" + late);
        assertThat(published).allSatisfy(e -> {
            assertThat(e.minutes()).isEqualTo(90);
            assertThat(e.organisationId()).isEqualTo(org);
            assertThat(e.activityId()).isEqualTo(activity);
            assertThat(e.date()).isEqualTo(LocalDate.of(2026, 11, 7));
        });

        registers.save(session, marks);
        // published again on every save: the Time Credits listener issues once per attendance key
        assertThat(events.stream(VolunteeringRegisterSaved.class)).hasSize(2)
                .flatExtracting(VolunteeringRegisterSaved::attendances).hasSize(4)
                .extracting(VolunteeringAttended::attendanceKey).doesNotContain("session:" + session + ":resident:" + absent);
        assertThat(events.stream(VolunteeringAttended.class)).isEmpty();
        // attending a partner's activity links the resident to the partner, once, and only when they came
        var links = events.stream(PartnerLinksChanged.class).flatMap(e -> e.changes().stream()).toList();
        assertThat(events.stream(PartnerLinksChanged.class)).hasSize(1);
        assertThat(links).extracting(PartnerLinkChanged::residentId).containsExactlyInAnyOrder(present, late);
        assertThat(links).allSatisfy(e -> {
            assertThat(e.organisationId()).isEqualTo(org);
            assertThat(e.active()).isTrue();
        });
    }

    @Test
    void nonVolunteeringRegistersPublishNothing() {
        fixtures.signInAs(Role.OFFICER);
        long session = TestActivities.session(activities, TestActivities.activity(activities, strategy,
                fixtures.organisation("Org").id(), null, false), LocalDate.of(2026, 11, 8));
        registers.save(session, List.of(RegisterMark.of(fixtures.resident("Nora", "Nonvol").id(), Mark.PRESENT)));
        assertThat(events.stream(VolunteeringAttended.class)).isEmpty();
        assertThat(events.stream(VolunteeringRegisterSaved.class)).isEmpty();
    }

    @Test
    void dropInHeadcountsAreReplacedNotAdded() {
        fixtures.signInAs(Role.OFFICER);
        long session = TestActivities.session(activities, TestActivities.activity(activities, strategy,
                fixtures.organisation("Org").id(), null, false), LocalDate.of(2026, 11, 9));
        registers.saveHeadcounts(session, Map.of(AgeBand.UNDER_5, 3, AgeBand.AGE_25_TO_49, 4));
        registers.saveHeadcounts(session, Map.of(AgeBand.UNDER_5, 5));
        assertThat(registers.register(session).headcounts()).containsEntry(AgeBand.UNDER_5, 5).containsEntry(AgeBand.AGE_25_TO_49, 4);
        assertThatThrownBy(() -> registers.saveHeadcounts(session, Map.of(AgeBand.UNDER_5, -1)))
                .isInstanceOf(InvalidInputException.class);
    }
}

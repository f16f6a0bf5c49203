package org.bridgework.timecredits;

import org.bridgework.IntegrationTest;
import org.bridgework.activities.VolunteeringAttended;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EarningTest extends IntegrationTest {

    @Autowired HoursService hours;
    @Autowired OfferService offerService;
    @Autowired ResidentCreditsService residentCredits;
    @Autowired MyCreditsService myCredits;
    @Autowired PolicyService policies;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;
    CreditTestSupport credits;

    @BeforeEach
    void support() {
        credits = new CreditTestSupport(fixtures, hours, offerService);
    }

    @Test
    void remaindersCarryForwardSoNoMinuteIsLost() {
        var volunteer = credits.volunteerResident();
        assertThat(credits.earn(volunteer.id(), null, 90).creditsIssued()).isEqualTo(1);
        assertThat(credits.earn(volunteer.id(), null, 20).creditsIssued()).isZero();
        assertThat(credits.earn(volunteer.id(), null, 10).creditsIssued()).isEqualTo(1);
        fixtures.signInAs(Role.VOLUNTEER, null, volunteer.id());
        var mine = myCredits.overview();
        assertThat(mine.balance()).isEqualTo(2);
        assertThat(mine.carriedMinutes()).isZero();
        assertThat(credits.earn(volunteer.id(), null, 45).creditsIssued()).isZero();
        assertThat(myCredits.overview().carriedMinutes()).isEqualTo(45);
    }

    @Test
    void attendanceIssuesExactlyOncePerAttendanceKey() {
        var group = fixtures.organisation("Lunch club");
        var volunteer = credits.volunteerResident();
        var attended = new VolunteeringAttended("session-" + UUID.randomUUID() + ":" + volunteer.id(), volunteer.id(),
                group.id(), 42L, "Lunch club", LocalDate.now(), 120, "Session leader");
        fixtures.signInAs(Role.OFFICER);
        events.publishEvent(attended);
        events.publishEvent(attended);
        assertThat(residentCredits.balance(volunteer.id())).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from tc_transaction where idempotency_key = ?")
                .param("attendance:" + attended.attendanceKey()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from tc_hours where resident_id = ?").param(volunteer.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aVolunteersClaimWaitsForTheirEarnPartnerWhoApprovesOrRejectsIt() {
        var group = fixtures.organisation("Garden");
        var otherGroup = fixtures.organisation("Other garden");
        var volunteer = credits.volunteerResident();
        var someoneElse = credits.volunteerResident();
        fixtures.signInAs(Role.VOLUNTEER, null, volunteer.id());
        // the resident id in the form is ignored: a claim is always the volunteer's own
        var claim = hours.claim(new HoursForm(someoneElse.id(), group.id(), "Weeding", LocalDate.now(), 120, null));
        var second = hours.claim(new HoursForm(null, group.id(), "Watering", LocalDate.now(), 60, null));
        assertThat(claim.residentId()).isEqualTo(volunteer.id());
        assertThat(claim.status()).isEqualTo(HoursStatus.PENDING);
        assertThat(myCredits.balance()).isZero();
        assertThatThrownBy(() -> hours.approve(claim.id())).isInstanceOf(AccessDeniedException.class);

        fixtures.signInAs(Role.PARTNER, otherGroup.id(), null);
        assertThatThrownBy(() -> hours.approve(claim.id())).isInstanceOf(InvalidInputException.class);
        assertThat(hours.hours(HoursStatus.PENDING, 0, 100)).noneMatch(h -> h.id() == claim.id());

        fixtures.signInAs(Role.PARTNER, group.id(), null);
        assertThat(hours.hours(HoursStatus.PENDING, 0, 100)).extracting(HoursRecord::id).contains(claim.id(), second.id());
        assertThat(hours.approve(claim.id()).creditsIssued()).isEqualTo(2);
        assertThatThrownBy(() -> hours.reject(second.id(), "")).isInstanceOf(InvalidInputException.class);
        assertThat(hours.reject(second.id(), "No session that day").status()).isEqualTo(HoursStatus.REJECTED);
        assertThatThrownBy(() -> hours.approve(claim.id())).isInstanceOf(InvalidInputException.class);

        fixtures.signInAs(Role.OFFICER);
        assertThat(residentCredits.balance(volunteer.id())).isEqualTo(2);
        assertThat(residentCredits.balance(someoneElse.id())).isZero();
    }

    @Test
    void partnerStaffLogOnlyForTheirOwnOrganisation() {
        var group = fixtures.organisation("Choir");
        var other = fixtures.organisation("Band");
        var volunteer = credits.volunteerResident();
        fixtures.signInAs(Role.PARTNER, group.id(), null);
        assertThatThrownBy(() -> hours.log(new HoursForm(volunteer.id(), other.id(), "Singing", LocalDate.now(), 60, "Leader")))
                .isInstanceOf(AccessDeniedException.class);
        var logged = hours.log(new HoursForm(volunteer.id(), null, "Singing", LocalDate.now(), 60, "Leader"));
        assertThat(logged.organisationId()).isEqualTo(group.id());
        String card = SecurityTestCards.cardOf(fixtures, myCredits, volunteer.id());
        assertThat(hours.volunteerWithCard(card.toLowerCase())).contains(volunteer.id());
        assertThat(hours.volunteerWithCard("TC-2222-2222-2222")).isEmpty();
        assertThatThrownBy(() -> hours.log(new HoursForm(volunteer.id(), null, "", LocalDate.now().plusDays(2), 0, "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors()).containsKeys("activity", "date", "minutes", "confirmedBy"));
    }

    @Test
    void anEarnPartnersMonthlyBudgetRefusesIssuingBeyondIt() {
        var group = fixtures.organisation("Budgeted");
        var volunteer = credits.volunteerResident();
        fixtures.signInAs(Role.ADMIN);
        policies.setBudget(group.id(), 3);
        credits.earn(volunteer.id(), group.id(), 120);
        fixtures.signInAs(Role.OFFICER);
        assertThatThrownBy(() -> hours.log(new HoursForm(volunteer.id(), group.id(), "Stewarding", LocalDate.now(), 120, "Lead")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("budget"));
        assertThat(residentCredits.balance(volunteer.id())).isEqualTo(2);
        // the refused hours were not saved either
        assertThat(jdbc.sql("select count(*) from tc_hours where resident_id = ?").param(volunteer.id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(credits.earn(volunteer.id(), group.id(), 60).creditsIssued()).isEqualTo(1);

        // attendance over budget still saves the register: the hours wait for approval instead
        var attended = new VolunteeringAttended("budget-" + UUID.randomUUID(), volunteer.id(), group.id(), 7L, "Stewarding",
                LocalDate.now(), 60, "Lead");
        events.publishEvent(attended);
        assertThat(jdbc.sql("select status from tc_hours where source_key = ?").param("attendance:" + attended.attendanceKey())
                .query(String.class).single()).isEqualTo("PENDING");
        assertThat(residentCredits.balance(volunteer.id())).isEqualTo(3);
    }
}

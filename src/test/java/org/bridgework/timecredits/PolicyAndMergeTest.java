package org.bridgework.timecredits;

import org.bridgework.IntegrationTest;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.ResidentsMerged;
import org.bridgework.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyAndMergeTest extends IntegrationTest {

    @Autowired HoursService hours;
    @Autowired OfferService offerService;
    @Autowired PolicyService policies;
    @Autowired ExpiryService expiry;
    @Autowired ResidentCreditsService residentCredits;
    @Autowired LedgerIntegrityService integrity;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;
    CreditTestSupport credits;

    @BeforeEach
    void support() {
        credits = new CreditTestSupport(fixtures, hours, offerService);
    }

    @Test
    void expiryIsOffByDefaultAndWhenOnExpiresInactiveCreditsThroughTransactions() {
        var volunteer = credits.volunteerResident();
        credits.earn(volunteer.id(), null, 180);
        Instant muchLater = Instant.now().plus(800, ChronoUnit.DAYS);
        fixtures.signInAs(Role.ADMIN);
        var policy = policies.current();
        assertThat(policy.expiryMonths()).isNull();
        expiry.expireInactive(muchLater);
        assertThat(residentCredits.balance(volunteer.id())).isEqualTo(3);
        policies.save(new Policy(policy.version(), 12, policy.maxGiftCredits(), policy.redemptionCapPerVisit(), policy.defaultMonthlyBudget()));
        try {
            expiry.expireInactive(Instant.now().plus(30, ChronoUnit.DAYS));
            assertThat(residentCredits.balance(volunteer.id())).isEqualTo(3);
            assertThat(expiry.expireInactive(muchLater)).isPositive();
            assertThat(residentCredits.balance(volunteer.id())).isZero();
            assertThat(residentCredits.statement(volunteer.id(), 0, 1).getFirst().type()).isEqualTo(TransactionType.EXPIRE);
            assertThat(integrity.check().sound()).isTrue();
        } finally {
            var now = policies.current();
            policies.save(new Policy(now.version(), null, now.maxGiftCredits(), now.redemptionCapPerVisit(), now.defaultMonthlyBudget()));
        }
    }

    @Test
    void erasingAResidentRemovesTheNotesAboutTheirHoursButKeepsTheLedger() {
        var group = fixtures.organisation("Erasure");
        var volunteer = credits.volunteerResident();
        credits.earn(volunteer.id(), null, 60);
        fixtures.signInAs(Role.VOLUNTEER, null, volunteer.id());
        var claim = hours.claim(new HoursForm(null, group.id(), "Stewarding", java.time.LocalDate.now(), 60, null));
        fixtures.signInAs(Role.OFFICER);
        hours.reject(claim.id(), "Mr X was not at the session on that day");
        events.publishEvent(new org.bridgework.residents.ResidentAnonymised(volunteer.id()));
        assertThat(jdbc.sql("select count(*) from tc_hours where resident_id = ? and note is not null").param(volunteer.id())
                .query(Integer.class).single()).isZero();
        assertThat(residentCredits.balance(volunteer.id())).isEqualTo(1);
    }

    @Test
    void onlyAdministratorsChangeThePolicyAndBadFiguresAreRefused() {
        fixtures.signInAs(Role.MANAGER);
        var policy = policies.current();
        assertThatThrownBy(() -> policies.save(policy)).isInstanceOf(AccessDeniedException.class);
        fixtures.signInAs(Role.ADMIN);
        assertThatThrownBy(() -> policies.save(new Policy(policy.version(), 0, 0, 0, -1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("expiryMonths", "maxGiftCredits", "redemptionCapPerVisit", "defaultMonthlyBudget"));
    }

    @Test
    void mergingRecordsMovesTheDuplicatesCreditsByATransferAndUndoMovesThemBack() {
        var survivor = credits.volunteerResident();
        var duplicate = credits.volunteerResident();
        credits.earn(survivor.id(), null, 60);
        credits.earn(duplicate.id(), null, 150);
        fixtures.signInAs(Role.ADMIN);
        long entriesBefore = jdbc.sql("select count(*) from tc_entry").query(Long.class).single();
        events.publishEvent(new ResidentsMerged(survivor.id(), duplicate.id(), false));
        assertThat(residentCredits.balance(survivor.id())).isEqualTo(3);
        assertThat(residentCredits.balance(duplicate.id())).isZero();
        assertThat(residentCredits.statement(survivor.id(), 0, 1).getFirst().type()).isEqualTo(TransactionType.TRANSFER);
        assertThat(jdbc.sql("select count(*) from tc_entry").query(Long.class).single()).isEqualTo(entriesBefore + 2);
        assertThat(jdbc.sql("select count(*) from tc_hours where resident_id = ?").param(survivor.id()).query(Integer.class).single()).isEqualTo(2);

        events.publishEvent(new ResidentsMerged(survivor.id(), duplicate.id(), true));
        assertThat(residentCredits.balance(duplicate.id())).isEqualTo(2);
        assertThat(residentCredits.balance(survivor.id())).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from tc_hours where resident_id = ?").param(duplicate.id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(integrity.check().sound()).isTrue();
    }
}

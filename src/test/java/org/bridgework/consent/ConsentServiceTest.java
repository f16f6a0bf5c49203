package org.bridgework.consent;

import org.bridgework.IntegrationTest;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.ResidentsMerged;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsentServiceTest extends IntegrationTest {

    @Autowired
    ConsentService consents;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    private NewConsent contact(long residentId) {
        return new NewConsent(residentId, ConsentPurpose.CONTACT_ABOUT_EVENTS, null, LawfulBasis.CONSENT,
                LocalDate.now().minusDays(3), RecordedHow.PAPER_FORM, "Form filed at Golden Lane");
    }

    @Test
    void aWithdrawnContactConsentTakesTheResidentOffContactListsButKeepsTheRecord() {
        var willing = fixtures.resident("Connie", "Contactable");
        var withdrawing = fixtures.resident("Walter", "Withdrawn");
        var never = fixtures.resident("Nora", "Neverasked");
        var officer = fixtures.signInAs(Role.OFFICER);
        consents.record(contact(willing.id()));
        var given = consents.record(contact(withdrawing.id()));
        assertThat(consents.contactableResidentIds(List.of(willing.id(), withdrawing.id(), never.id())))
                .containsExactlyInAnyOrder(willing.id(), withdrawing.id());

        var withdrawn = consents.withdraw(given.id(), LocalDate.now(), RecordedHow.TELEPHONE);

        assertThat(withdrawn.active()).isFalse();
        assertThat(withdrawn.withdrawnBy()).isEqualTo(officer.getUsername());
        assertThat(consents.hasContactConsent(withdrawing.id())).isFalse();
        assertThat(consents.hasContactConsent(willing.id())).isTrue();
        assertThat(consents.contactableResidentIds(List.of(willing.id(), withdrawing.id(), never.id())))
                .containsExactly(willing.id());
        var history = consents.forResident(withdrawing.id());
        assertThat(history).singleElement().satisfies(c -> {
            assertThat(c.givenOn()).isEqualTo(LocalDate.now().minusDays(3));
            assertThat(c.withdrawnHow()).isEqualTo(RecordedHow.TELEPHONE);
            assertThat(c.recordedBy()).isEqualTo(officer.getUsername());
        });
        assertThat(jdbc.sql("select action from audit_entry where subject_type = 'CONSENT' and subject_id = ? order by id")
                .param(given.id()).query(String.class).list()).containsExactly("CREATE", "CHANGE");
    }

    @Test
    void aConsentCannotBeWithdrawnTwiceOrBeforeItWasGiven() {
        var resident = fixtures.resident("Twice", "Withdrawer");
        fixtures.signInAs(Role.MANAGER);
        var given = consents.record(contact(resident.id()));
        assertThatThrownBy(() -> consents.withdraw(given.id(), LocalDate.now().minusDays(10), RecordedHow.EMAIL))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("withdrawnOn"));
        consents.withdraw(given.id(), LocalDate.now(), RecordedHow.EMAIL);
        assertThatThrownBy(() -> consents.withdraw(given.id(), LocalDate.now(), RecordedHow.EMAIL))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("consent"));
    }

    @Test
    void sharingWithAPartnerMustNameAnOrganisationInTheDirectory() {
        var resident = fixtures.resident("Sharon", "Sharer");
        fixtures.signInAs(Role.OFFICER);
        var noOrg = new NewConsent(resident.id(), ConsentPurpose.SHARE_WITH_PARTNER, null, LawfulBasis.CONSENT,
                LocalDate.now(), RecordedHow.VERBAL_IN_PERSON, null);
        assertThatThrownBy(() -> consents.record(noOrg)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("organisation"));
        var unknownOrg = new NewConsent(resident.id(), ConsentPurpose.SHARE_WITH_PARTNER, 987_654_321L,
                LawfulBasis.CONSENT, LocalDate.now().plusDays(2), RecordedHow.VERBAL_IN_PERSON, null);
        assertThatThrownBy(() -> consents.record(unknownOrg)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKeys("organisation", "givenOn"));
        assertThat(jdbc.sql("select count(*) from consent_record where resident_id = ?").param(resident.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aPartnerLearnsAboutContactConsentOnlyForResidentsSharedWithIt() {
        var partner = fixtures.organisation("Sharing Partner");
        var shared = fixtures.resident("Shared", "Contact");
        var hidden = fixtures.resident("Hidden", "Contact");
        fixtures.signInAs(Role.OFFICER);
        consents.record(contact(shared.id()));
        consents.record(contact(hidden.id()));
        consents.record(new NewConsent(shared.id(), ConsentPurpose.SHARE_WITH_PARTNER, partner.id(), LawfulBasis.CONSENT,
                LocalDate.now(), RecordedHow.PAPER_FORM, null));

        fixtures.signInAs(Role.PARTNER, partner.id(), null);
        assertThat(consents.contactableResidentIds(List.of(shared.id(), hidden.id()))).containsExactly(shared.id());
        assertThat(consents.hasContactConsent(shared.id())).isTrue();
        assertThat(consents.hasContactConsent(hidden.id())).isFalse();
    }

    @Test
    void aMergeMovesTheDuplicatesConsentsAndUndoingItMovesThemBack() {
        var survivor = fixtures.resident("Mary", "Merged");
        var duplicate = fixtures.resident("Mary", "Merged");
        fixtures.signInAs(Role.OFFICER);
        consents.record(new NewConsent(survivor.id(), ConsentPurpose.PHOTOGRAPHS, null, LawfulBasis.CONSENT,
                LocalDate.now(), RecordedHow.PAPER_FORM, null));
        consents.record(contact(duplicate.id()));

        tx.executeWithoutResult(s -> events.publishEvent(new ResidentsMerged(survivor.id(), duplicate.id(), false)));
        assertThat(consents.forResident(survivor.id())).extracting(ConsentDetails::purpose)
                .containsExactlyInAnyOrder(ConsentPurpose.PHOTOGRAPHS, ConsentPurpose.CONTACT_ABOUT_EVENTS);
        assertThat(consents.forResident(duplicate.id())).isEmpty();

        tx.executeWithoutResult(s -> events.publishEvent(new ResidentsMerged(survivor.id(), duplicate.id(), true)));
        assertThat(consents.forResident(survivor.id())).extracting(ConsentDetails::purpose)
                .containsExactly(ConsentPurpose.PHOTOGRAPHS);
        assertThat(consents.forResident(duplicate.id())).extracting(ConsentDetails::purpose)
                .containsExactly(ConsentPurpose.CONTACT_ABOUT_EVENTS);
    }

    @Test
    void partnersAndVolunteersCannotRecordOrReadConsents() {
        var resident = fixtures.resident("Guarded", "Consent");
        fixtures.signInAs(Role.PARTNER);
        assertThatThrownBy(() -> consents.record(contact(resident.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consents.forResident(resident.id())).isInstanceOf(AccessDeniedException.class);
        fixtures.signInAs(Role.VOLUNTEER);
        assertThatThrownBy(() -> consents.hasContactConsent(resident.id())).isInstanceOf(AccessDeniedException.class);
    }
}

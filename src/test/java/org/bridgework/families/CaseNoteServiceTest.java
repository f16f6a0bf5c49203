package org.bridgework.families;

import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseNoteServiceTest extends FamilyTestBase {

    @Autowired
    CaseNoteService notes;
    @Autowired
    PartnerReferralService partners;

    @Test
    void restrictedNotesAreHiddenFromOtherWorkersAndPartnersButNotFromTheLeadOrManagers() {
        var lead = worker();
        long caseId = acceptedCase(household(2), lead);
        notes.add(caseId, NoteType.VISIT, LocalDate.now(), "Home visit, children well", false);
        notes.add(caseId, NoteType.OTHER, LocalDate.now(), "Disclosure of domestic abuse", true);
        var org = fixtures.organisation("Commissioned");
        as(lead);
        long referral = partners.refer(caseId, org.id(), "Parenting programme");

        assertThat(notes.notes(caseId)).extracting(CaseNote::body)
                .containsExactlyInAnyOrder("Home visit, children well", "Disclosure of domestic abuse");

        worker();
        assertThat(notes.notes(caseId)).extracting(CaseNote::body).containsExactly("Home visit, children well");

        fixtures.signInAs(Role.MANAGER);
        assertThat(notes.notes(caseId)).hasSize(2);

        var partner = fixtures.signInAs(Role.PARTNER, org.id(), null);
        partners.respond(referral, true, null);
        assertThat(notes.notes(caseId)).extracting(CaseNote::body).containsExactly("Home visit, children well");
        assertThatThrownBy(() -> notes.add(caseId, NoteType.CALL, LocalDate.now(), "Secret", true))
                .isInstanceOf(InvalidInputException.class);
        notes.add(caseId, NoteType.CALL, LocalDate.now(), "Partner called the family", false);
        assertThat(notes.notes(caseId)).extracting(CaseNote::authorOrganisationId).contains(partner.organisationId().get());

        as(lead);
        assertThat(notes.notes(caseId)).extracting(CaseNote::body).contains("Partner called the family", "Disclosure of domestic abuse");
    }

    @Test
    void aCorrectionIsAnAmendmentAndTheOriginalIsKept() {
        var lead = worker();
        long caseId = acceptedCase(household(1), lead);
        long original = notes.add(caseId, NoteType.CALL, LocalDate.now().minusDays(1), "Spoke to mum about school", false);
        long amendment = notes.amend(original, "It was dad I spoke to, not mum");
        long second = notes.amend(amendment, "And the school's SENCo joined");

        var list = notes.notes(caseId);
        assertThat(list).hasSize(1);
        var note = list.getFirst();
        assertThat(note.id()).isEqualTo(original);
        assertThat(note.body()).isEqualTo("Spoke to mum about school");
        assertThat(note.amendments()).extracting(CaseNote::id).containsExactly(amendment, second);
        assertThat(note.amendments()).allSatisfy(a -> assertThat(a.amendsNoteId()).isEqualTo(original));
        assertThat(jdbc.sql("select body from family_note where id = ?").param(original).query(String.class).single())
                .isEqualTo("Spoke to mum about school");
        // the service offers no way to change a note's text
        assertThat(Arrays.stream(CaseNoteService.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(java.lang.reflect.Method::getName))
                .containsExactlyInAnyOrder("add", "amend", "notes");
    }

    @Test
    void aRestrictedNoteCannotBeAmendedBySomeoneWhoCannotSeeIt() {
        var lead = worker();
        long caseId = acceptedCase(household(1), lead);
        long restricted = notes.add(caseId, NoteType.OTHER, LocalDate.now(), "Safeguarding concern", true);
        worker();
        assertThatThrownBy(() -> notes.amend(restricted, "tampering")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theFirstContactNoteSetsTimeToFirstContact() {
        var lead = worker();
        long caseId = acceptedCase(household(1), lead);
        notes.add(caseId, NoteType.OTHER, LocalDate.now(), "Read the school's report", false);
        assertThat(cases.open(caseId).summary().firstContactOn()).isNull();
        notes.add(caseId, NoteType.VISIT, LocalDate.now(), "First home visit", false);
        assertThat(cases.open(caseId).summary().firstContactOn()).isEqualTo(LocalDate.now());
    }

    @Test
    void overdueFirstContactsAreFlagged() {
        var lead = worker();
        long caseId = refer(household(1));
        jdbc.sql("update family_case set first_contact_due = ? where id = ?").params(LocalDate.now().minusDays(1), caseId).update();
        var summary = cases.open(caseId).summary();
        assertThat(summary.firstContactOverdue(cases.today())).isTrue();
        as(lead);
        assertThat(context().forMe().firstContactsOverdue()).extracting(CaseSummary::id).contains(caseId);
    }

    @Autowired
    FamilyDashboardService dashboards;

    private FamilyDashboardService context() {
        return dashboards;
    }
}

package org.bridgework.families;

import org.bridgework.residents.PartnerLinkChanged;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@RecordApplicationEvents
class PartnerScopingTest extends FamilyTestBase {

    @Autowired
    PartnerReferralService partners;
    @Autowired
    CaseNoteService notes;
    @Autowired
    CasePlanService plans;
    @Autowired
    ApplicationEvents events;

    @Test
    void aPartnerSeesOnlyTheCasesReferredToItsOwnOrganisation() {
        var lead = worker();
        var h = household(2);
        long referred = acceptedCase(h, lead);
        long notReferred = acceptedCase(household(1), lead);
        var mine = fixtures.organisation("Mine");
        var theirs = fixtures.organisation("Theirs");
        as(lead);
        long referral = partners.refer(referred, mine.id(), "Family support sessions");
        long otherReferral = partners.refer(notReferred, theirs.id(), "Money advice");

        fixtures.signInAs(Role.PARTNER, mine.id(), null);
        assertThat(cases.page(CaseFilter.all(), 0, 1000)).extracting(CaseSummary::id).containsExactly(referred);
        assertThat(cases.count(CaseFilter.all())).isEqualTo(1);
        var seen = cases.open(referred);
        assertThat(seen.referralDetails()).isNull();
        assertThat(seen.consentToShare()).isNull();
        assertThatThrownBy(() -> cases.open(notReferred)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.notes(notReferred)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partners.respond(otherReferral, true, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partners.forCase(notReferred)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.scores(referred)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.transition(referred, CaseStatus.ACTIVE, "x")).isInstanceOf(AccessDeniedException.class);
        // an offered case can be read, but not worked on until accepted
        assertThatThrownBy(() -> notes.add(referred, NoteType.CALL, LocalDate.now(), "Hello", false))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(partners.referredToMe(0, 100)).extracting(PartnerReferral::id).containsExactly(referral);
    }

    @Test
    void acceptingAndEndingAReferralLinksEachMemberToThePartner() {
        var lead = worker();
        var h = household(3);
        long caseId = acceptedCase(h, lead);
        var org = fixtures.organisation("Portsoken");
        as(lead);
        long referral = partners.refer(caseId, org.id(), "Parenting programme");

        fixtures.signInAs(Role.PARTNER, org.id(), null);
        partners.respond(referral, true, null);
        assertThat(links(referral, true)).extracting(PartnerLinkChanged::residentId)
                .containsExactlyInAnyOrderElementsOf(h.memberIds());
        assertThat(links(referral, true)).allSatisfy(e -> {
            assertThat(e.organisationId()).isEqualTo(org.id());
            assertThat(e.source()).isEqualTo("families.referral");
        });
        partners.recordSession(referral, LocalDate.now(), 60, "First parenting session");
        notes.add(caseId, NoteType.MEETING, LocalDate.now(), "Met the family at the centre", false);
        assertThat(partners.sessions(caseId)).extracting(PartnerSession::summary).containsExactly("First parenting session");

        as(lead);
        assertThat(partners.sessions(caseId)).hasSize(1);
        assertThat(notes.notes(caseId)).extracting(CaseNote::body).contains("Met the family at the centre");
        partners.end(referral, "Programme completed");
        assertThat(links(referral, false)).hasSize(3);
        assertThat(partners.forCase(caseId).getFirst().status()).isEqualTo(PartnerReferralStatus.ENDED);

        fixtures.signInAs(Role.PARTNER, org.id(), null);
        assertThatThrownBy(() -> cases.open(caseId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDeclineNeedsAReasonAndLinksNobody() {
        var lead = worker();
        long caseId = acceptedCase(household(1), lead);
        var org = fixtures.organisation("Busy");
        as(lead);
        long referral = partners.refer(caseId, org.id(), "Housing advice");
        fixtures.signInAs(Role.PARTNER, org.id(), null);
        assertThatThrownBy(() -> partners.respond(referral, false, " "))
                .isInstanceOf(org.bridgework.platform.InvalidInputException.class);
        partners.respond(referral, false, "No capacity until March");
        assertThat(links(referral, true)).isEmpty();
        assertThat(cases.page(CaseFilter.all(), 0, 10)).isEmpty();
    }

    @Test
    void withoutConsentACaseCannotBeReferredToAPartner() {
        var lead = worker();
        var h = household(1);
        long caseId = cases.refer(new NewReferral(h.id(), ReferralSource.SELF, null, null, needIds(1), false, null, "STANDARD"));
        var org = fixtures.organisation("NoConsent");
        as(lead);
        assertThatThrownBy(() -> partners.refer(caseId, org.id(), "Support"))
                .isInstanceOf(org.bridgework.platform.InvalidInputException.class);
        assertThat(partners.forCase(caseId)).isEmpty();
    }

    @Test
    void officersAndVolunteersAreRefusedCaseworkEntirely() {
        var lead = worker();
        long caseId = acceptedCase(household(1), lead);
        for (Role role : new Role[]{Role.OFFICER, Role.VOLUNTEER, Role.ADMIN}) {
            fixtures.signInAs(role);
            assertThatThrownBy(() -> cases.open(caseId)).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cases.page(CaseFilter.all(), 0, 10)).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notes.notes(caseId)).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
    }

    private java.util.List<PartnerLinkChanged> links(long referral, boolean active) {
        return events.stream(PartnerLinkChanged.class)
                .filter(e -> e.sourceRef().equals(String.valueOf(referral)) && e.active() == active).toList();
    }
}

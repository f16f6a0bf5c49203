package org.bridgework.families;

import org.bridgework.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bridgework.families.CaseStatus.*;

/** Every pair of statuses: the allowed moves happen and are recorded; every other move is refused and changes nothing. */
class CaseWorkflowTest extends FamilyTestBase {

    /** Written out independently of the service's table, so that a change to either is caught. */
    private static final Set<String> EXPECTED_ALLOWED = Set.of(
            "REFERRED>TRIAGE", "REFERRED>CLOSED",
            "TRIAGE>ASSESSMENT", "TRIAGE>CLOSED",
            "ASSESSMENT>ACTIVE", "ASSESSMENT>CLOSED",
            "ACTIVE>REVIEW", "ACTIVE>CLOSED",
            "REVIEW>ACTIVE", "REVIEW>CLOSED",
            "CLOSED>ACTIVE", "CLOSED>ASSESSMENT");

    static Stream<Arguments> allPairs() {
        return Arrays.stream(CaseStatus.values())
                .flatMap(from -> Arrays.stream(CaseStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allPairs")
    void onlyTheAllowedMovesHappen(CaseStatus from, CaseStatus to) {
        var lead = sharedWorker();
        long id = acceptedCase(household(2), lead);
        forceStatus(id, from);
        long before = transitions(id);
        boolean expected = EXPECTED_ALLOWED.contains(from + ">" + to);

        if (expected) {
            cases.transition(id, to, "Because " + from + " to " + to);
            assertThat(cases.status(id)).isEqualTo(to);
            var last = cases.transitions(id).getLast();
            assertThat(last.from()).isEqualTo(from);
            assertThat(last.to()).isEqualTo(to);
            assertThat(last.actor()).isEqualTo(lead.getUsername());
            assertThat(last.reason()).isEqualTo("Because " + from + " to " + to);
            assertThat(last.occurredAt()).isNotNull();
        } else {
            assertThatThrownBy(() -> cases.transition(id, to, "Trying"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("status"));
            assertThat(cases.status(id)).isEqualTo(from);
            assertThat(transitions(id)).isEqualTo(before);
        }
        assertThat(CaseWorkflow.allowed(from, to)).isEqualTo(expected);
    }

    @Test
    void aMoveWithoutAReasonIsRefused() {
        var lead = worker();
        long id = acceptedCase(household(1), lead);
        assertThatThrownBy(() -> cases.transition(id, ACTIVE, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        assertThat(cases.status(id)).isEqualTo(ASSESSMENT);
    }

    @Test
    void closingSetsTheFollowUpAndReopeningClearsIt() {
        var lead = worker();
        long id = acceptedCase(household(1), lead);
        cases.transition(id, ACTIVE, "Plan agreed");
        cases.transition(id, CLOSED, "Goals met");
        var closed = cases.open(id);
        assertThat(closed.followUpDue()).isEqualTo(cases.today().plusMonths(6));
        assertThat(closed.closedAt()).isNotNull();
        cases.transition(id, ACTIVE, "Family asked for help again");
        var reopened = cases.open(id);
        assertThat(reopened.followUpDue()).isNull();
        assertThat(reopened.summary().status()).isEqualTo(ACTIVE);
        assertThat(cases.transitions(id)).extracting(CaseTransition::to)
                .containsExactly(REFERRED, TRIAGE, ASSESSMENT, ACTIVE, CLOSED, ACTIVE);
    }

    @Test
    void triageCanAcceptRedirectOrClose() {
        var lead = worker();
        var org = fixtures.organisation("Family Partner");
        as(lead);
        long redirected = refer(household(1));
        cases.startTriage(redirected, "Screening");
        cases.redirect(redirected, org.id(), "Better met by the commissioned service");
        var r = cases.open(redirected);
        assertThat(r.summary().status()).isEqualTo(CLOSED);
        assertThat(r.triageDecision()).isEqualTo(TriageDecision.REDIRECTED);
        assertThat(r.redirectedOrganisationId()).isEqualTo(org.id());

        long closed = refer(household(1));
        cases.closeReferral(closed, "Family declined support");
        assertThat(cases.open(closed).triageDecision()).isEqualTo(TriageDecision.CLOSED);

        long accepted = acceptedCase(household(1), lead);
        var a = cases.open(accepted);
        assertThat(a.triageDecision()).isEqualTo(TriageDecision.ACCEPTED);
        assertThat(a.summary().leadWorkerId()).isEqualTo(lead.id());
        assertThat(a.summary().status()).isEqualTo(ASSESSMENT);
    }

    @Test
    void aReferralNeedsHouseholdNeedsConsentAndUrgency() {
        worker();
        assertThatThrownBy(() -> cases.refer(new NewReferral(null, null, null, null, java.util.List.of(), null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("household", "source", "needs", "consentToShare", "urgency"));
        var h = household(1);
        assertThatThrownBy(() -> cases.refer(new NewReferral(h.id(), ReferralSource.SELF, null, null, needIds(1), true, null, "URGENT")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("consentDate"));
    }

    @Test
    void urgentReferralsAreDueWithinTwoWorkingDays() {
        worker();
        var h = household(2);
        long id = cases.refer(new NewReferral(h.id(), ReferralSource.POLICE, "PC Smith", null, needIds(1), false, null, "URGENT"));
        var c = cases.open(id);
        assertThat(c.summary().firstContactDue()).isEqualTo(WorkingDays.after(cases.today(), 2));
        assertThat(c.members()).extracting(m -> m.id()).containsExactlyInAnyOrderElementsOf(h.memberIds());
        // Friday + 2 working days is Tuesday
        assertThat(WorkingDays.after(java.time.LocalDate.of(2026, 11, 27), 2)).isEqualTo(java.time.LocalDate.of(2026, 12, 1));
    }

    private long transitions(long caseId) {
        return jdbc.sql("select count(*) from family_case_transition where case_id = ?").param(caseId).query(Long.class).single();
    }
}

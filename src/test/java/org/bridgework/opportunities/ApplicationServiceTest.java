package org.bridgework.opportunities;

import org.bridgework.IntegrationTest;
import org.bridgework.TestFixtures;
import org.bridgework.audit.AuditEntry;
import org.bridgework.audit.AuditQuery;
import org.bridgework.audit.AuditTrail;
import org.bridgework.platform.InvalidInputException;
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
class ApplicationServiceTest extends IntegrationTest {

    @Autowired
    OpportunityService opportunities;
    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationEvents events;
    @Autowired
    AuditTrail audit;

    @Test
    void theEmployerPartnerMovesAReferralThroughEveryStepToCompletionAndTheLinkOpensAndCloses() {
        var partner = fixtures.signInAs(Role.PARTNER);
        long org = partner.organisationId().orElseThrow();
        var o = opportunities.publish(opportunities.save(OpportunityTestData.apprenticeship(org, TestFixtures.unique("Steps"), 1500)).id());
        var resident = fixtures.resident("Ola", TestFixtures.unique("Steps"));

        fixtures.signInAs(Role.OFFICER);
        var a = applications.refer(o.id(), resident.id(), LocalDate.of(2027, 1, 4));
        assertThat(events.stream(PartnerLinkChanged.class)).containsExactly(
                new PartnerLinkChanged(resident.id(), org, "opportunities.application", Long.toString(a.id()), true));
        assertThatThrownBy(() -> applications.refer(o.id(), resident.id(), null)).isInstanceOf(InvalidInputException.class);

        fixtures.signInAs(Role.PARTNER, org, null);
        LocalDate day = LocalDate.of(2027, 1, 4);
        for (var step : new ApplicationStep[]{ApplicationStep.APPLIED, ApplicationStep.INTERVIEW, ApplicationStep.OFFERED,
                ApplicationStep.STARTED}) {
            day = day.plusDays(7);
            a = applications.moveTo(a.id(), a.version(), step, day, null);
            assertThat(a.step()).isEqualTo(step);
            assertThat(a.dateOf(step)).isEqualTo(day);
        }
        long linksBeforeEnd = events.stream(PartnerLinkChanged.class).count();
        var started = a;
        assertThatThrownBy(() -> applications.moveTo(started.id(), started.version(), ApplicationStep.COMPLETED,
                LocalDate.of(2026, 1, 1), null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("date"));
        a = applications.moveTo(a.id(), a.version(), ApplicationStep.COMPLETED, day.plusMonths(12), null);
        assertThat(a.step()).isEqualTo(ApplicationStep.COMPLETED);
        assertThat(linksBeforeEnd).isEqualTo(1);
        assertThat(events.stream(PartnerLinkChanged.class).filter(e -> !e.active()))
                .containsExactly(new PartnerLinkChanged(resident.id(), org, "opportunities.application", Long.toString(a.id()), false));
        var done = a;
        assertThatThrownBy(() -> applications.moveTo(done.id(), done.version(), ApplicationStep.WITHDRAWN, null, "late"))
                .isInstanceOf(InvalidInputException.class);

        fixtures.signInAs(Role.ADMIN);
        assertThat(audit.search(new AuditQuery(null, "OPPORTUNITY_APPLICATION", resident.id(), null, null), 0, 50))
                .extracting(AuditEntry::action).containsOnly("CREATE", "CHANGE").hasSize(6);
    }

    @Test
    void anApplicationIsWithdrawnFromAnOpenStepWithAReasonAndStepsCannotBeSkipped() {
        var org = fixtures.organisation("Employer");
        fixtures.signInAs(Role.OFFICER);
        var o = opportunities.publish(opportunities.save(OpportunityTestData.apprenticeship(org.id(), TestFixtures.unique("W"), 1500)).id());
        var resident = fixtures.resident("Wes", TestFixtures.unique("Withdraw"));
        var a = applications.refer(o.id(), resident.id(), null);
        var referred = a;
        assertThatThrownBy(() -> applications.moveTo(referred.id(), referred.version(), ApplicationStep.OFFERED, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> applications.moveTo(referred.id(), referred.version(), ApplicationStep.WITHDRAWN, null, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        a = applications.moveTo(a.id(), a.version(), ApplicationStep.APPLIED, null, null);
        var stale = referred;
        assertThatThrownBy(() -> applications.moveTo(stale.id(), stale.version(), ApplicationStep.WITHDRAWN, null, "Moved away"))
                .isInstanceOf(org.bridgework.platform.ConcurrentEditException.class);
        a = applications.moveTo(a.id(), a.version(), ApplicationStep.WITHDRAWN, null, "Moved away");
        assertThat(a.step()).isEqualTo(ApplicationStep.WITHDRAWN);
        assertThat(a.withdrawnReason()).isEqualTo("Moved away");
        assertThat(applications.forResident(resident.id())).extracting(Application::step).containsExactly(ApplicationStep.WITHDRAWN);
        assertThat(events.stream(PartnerLinkChanged.class).filter(e -> !e.active())).hasSize(1);
    }

    @Test
    void anotherOrganisationsPartnerCannotSeeOrMoveTheApplication() {
        var org = fixtures.organisation("Employer");
        fixtures.signInAs(Role.OFFICER);
        var o = opportunities.publish(opportunities.save(OpportunityTestData.apprenticeship(org.id(), TestFixtures.unique("P"), 1500)).id());
        var resident = fixtures.resident("Una", TestFixtures.unique("Scoped"));
        var a = applications.refer(o.id(), resident.id(), null);

        fixtures.signInAs(Role.PARTNER);
        assertThat(applications.find(a.id())).isEmpty();
        assertThat(applications.forOpportunity(o.id(), 0, 50)).isEmpty();
        assertThatThrownBy(() -> applications.moveTo(a.id(), a.version(), ApplicationStep.APPLIED, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.refer(o.id(), resident.id(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.forResident(resident.id())).isInstanceOf(AccessDeniedException.class);

        fixtures.signInAs(Role.OFFICER);
        assertThat(applications.find(a.id()).orElseThrow().step()).isEqualTo(ApplicationStep.REFERRED);
    }

    @Test
    void referralsGoOnlyToPublishedOpportunities() {
        var org = fixtures.organisation("Employer");
        fixtures.signInAs(Role.OFFICER);
        var draft = opportunities.save(OpportunityTestData.apprenticeship(org.id(), TestFixtures.unique("Draft"), 1500));
        var resident = fixtures.resident("Dee", TestFixtures.unique("Draft"));
        assertThatThrownBy(() -> applications.refer(draft.id(), resident.id(), null)).isInstanceOf(InvalidInputException.class);
    }
}

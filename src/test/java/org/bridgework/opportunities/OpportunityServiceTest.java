package org.bridgework.opportunities;

import org.bridgework.IntegrationTest;
import org.bridgework.TestFixtures;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class OpportunityServiceTest extends IntegrationTest {

    @Autowired
    OpportunityService opportunities;

    @Test
    void anOpportunityIsPublishedClosedAndReopenedWithAReasonAndEachMoveIsRecorded() {
        var org = fixtures.organisation("Employer");
        fixtures.signInAs(Role.OFFICER);
        var o = opportunities.save(OpportunityTestData.apprenticeship(org.id(), TestFixtures.unique("Apprentice"), 1500));
        assertThat(o.status()).isEqualTo(OpportunityStatus.DRAFT);

        assertThatThrownBy(() -> opportunities.close(o.id())).isInstanceOf(InvalidInputException.class);
        assertThat(opportunities.publish(o.id()).status()).isEqualTo(OpportunityStatus.PUBLISHED);
        assertThatThrownBy(() -> opportunities.publish(o.id())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> opportunities.reopen(o.id(), "again")).isInstanceOf(InvalidInputException.class);
        assertThat(opportunities.close(o.id()).status()).isEqualTo(OpportunityStatus.CLOSED);
        assertThatThrownBy(() -> opportunities.close(o.id())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> opportunities.reopen(o.id(), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        assertThat(opportunities.reopen(o.id(), "Two more places funded").status()).isEqualTo(OpportunityStatus.PUBLISHED);

        assertThat(opportunities.history(o.id())).extracting(StatusChange::to, StatusChange::reason).containsExactly(
                tuple(OpportunityStatus.PUBLISHED, null),
                tuple(OpportunityStatus.CLOSED, null),
                tuple(OpportunityStatus.PUBLISHED, "Two more places funded"));
    }

    @Test
    void theLivingWageFlagIsWorkedOutFromTheRateAndAFalseClaimIsRefused() {
        var org = fixtures.organisation("Employer");
        fixtures.signInAs(Role.OFFICER);
        assertThat(opportunities.save(OpportunityTestData.apprenticeship(org.id(), TestFixtures.unique("A"), 1420)).paysLivingWage()).isTrue();
        assertThat(opportunities.save(OpportunityTestData.apprenticeship(org.id(), TestFixtures.unique("B"), 1419)).paysLivingWage()).isFalse();
        assertThat(opportunities.save(OpportunityTestData.apprenticeship(org.id(), TestFixtures.unique("C"), null)).paysLivingWage()).isFalse();
        var claim = OpportunityTestData.apprenticeship(org.id(), TestFixtures.unique("D"), 1200);
        var falseClaim = new Opportunity(null, 0, org.id(), claim.title(), claim.type(), 3, claim.sector(), null, null, null, null,
                1, null, null, false, false, null, 1200, true, "Ring us", OpportunityStatus.DRAFT);
        assertThatThrownBy(() -> opportunities.save(falseClaim))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("paysLivingWage"));
    }

    @Test
    void apprenticeshipLevelsAreTwoToSevenAndMessagesNameTheirFields() {
        var org = fixtures.organisation("Employer");
        fixtures.signInAs(Role.OFFICER);
        var base = OpportunityTestData.apprenticeship(org.id(), " ", 1500);
        var bad = new Opportunity(null, 0, org.id(), " ", OpportunityType.APPRENTICESHIP, 8, Sector.LEGAL, null, null,
                base.endDate(), base.startDate(), 0, 30, 20, false, false, null, 1500, false, "", OpportunityStatus.DRAFT);
        assertThatThrownBy(() -> opportunities.save(bad)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.fieldErrors()).containsKeys("title", "apprenticeshipLevel", "endDate", "places", "maxAge", "howToApply"));
    }

    @Test
    void aPartnerManagesOnlyItsOwnOrganisationsOpportunities() {
        var other = fixtures.organisation("Other employer");
        fixtures.signInAs(Role.OFFICER);
        var theirs = opportunities.save(OpportunityTestData.apprenticeship(other.id(), TestFixtures.unique("Theirs"), 1500));

        var partner = fixtures.signInAs(Role.PARTNER);
        long own = partner.organisationId().orElseThrow();
        var mine = opportunities.save(OpportunityTestData.apprenticeship(own, TestFixtures.unique("Mine"), 1500));
        assertThat(opportunities.publish(mine.id()).status()).isEqualTo(OpportunityStatus.PUBLISHED);

        assertThat(opportunities.find(theirs.id())).isEmpty();
        assertThat(opportunities.search(OpportunityFilter.none(), 0, 500)).extracting(Opportunity::organisationId).containsOnly(own);
        assertThatThrownBy(() -> opportunities.publish(theirs.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> opportunities.save(OpportunityTestData.apprenticeship(other.id(), "Sneaky", 1500)))
                .isInstanceOf(AccessDeniedException.class);
        var moved = new Opportunity(theirs.id(), theirs.version(), own, "Taken over", theirs.type(), 3, theirs.sector(), null,
                null, null, null, 1, null, null, false, false, null, null, false, "x", OpportunityStatus.DRAFT);
        assertThatThrownBy(() -> opportunities.save(moved)).isInstanceOf(AccessDeniedException.class);

        fixtures.signInAs(Role.OFFICER);
        assertThat(opportunities.find(theirs.id()).orElseThrow().title()).isEqualTo(theirs.title());
    }

    @Test
    void volunteersAndFamilyWorkersCannotManageOpportunities() {
        fixtures.signInAs(Role.VOLUNTEER);
        assertThatThrownBy(() -> opportunities.search(OpportunityFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        fixtures.signInAs(Role.FAMILY_WORKER);
        assertThatThrownBy(() -> opportunities.find(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void searchFiltersByTypeSectorLevelWardAndAge() {
        var org = fixtures.organisation("Employer");
        fixtures.signInAs(Role.OFFICER);
        String title = TestFixtures.unique("Searchable");
        var o = opportunities.save(OpportunityTestData.apprenticeship(org.id(), title, 1500));
        var byAll = new OpportunityFilter(title, OpportunityType.APPRENTICESHIP, Sector.FINANCIAL_SERVICES, 3, "E05009291",
                OpportunityStatus.DRAFT, 20, null);
        assertThat(opportunities.search(byAll, 0, 10)).extracting(Opportunity::id).containsExactly(o.id());
        assertThat(opportunities.search(new OpportunityFilter(title, null, null, 4, null, null, null, null), 0, 10)).isEmpty();
        assertThat(opportunities.search(new OpportunityFilter(title, null, Sector.LEGAL, null, null, null, null, null), 0, 10)).isEmpty();
        assertThat(opportunities.search(new OpportunityFilter(title, null, null, null, null, null, 30, null), 0, 10)).isEmpty();
        assertThat(opportunities.search(new OpportunityFilter(title, null, null, null, "E05009288", null, null, null), 0, 10)).isEmpty();
    }
}

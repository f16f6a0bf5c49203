package org.bridgework.opportunities;

import org.bridgework.IntegrationTest;
import org.bridgework.TestFixtures;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Eligibility for a City care-leavers' apprenticeship for 16 to 24 year olds, from both sides. */
class MatchingTest extends IntegrationTest {

    @Autowired
    OpportunityService opportunities;
    @Autowired
    MatchingService matching;
    @Autowired
    ApplicationService applications;
    @Autowired
    ResidentService residents;

    @Test
    void onlyEligibleInterestedResidentsAreShortlistedAndSeeTheOpportunity() {
        var org = fixtures.organisation("Insurer");
        LocalDate twentyYearsAgo = LocalDate.now().minusYears(20).minusDays(10);
        var eligible = People.resident(residents, twentyYearsAgo, "E05009291");
        var notCareLeaver = People.resident(residents, twentyYearsAgo, "E05009291");
        var tooOld = People.resident(residents, LocalDate.now().minusYears(40), "E05009291");
        var outsideCity = People.resident(residents, twentyYearsAgo, null);
        var otherInterest = People.resident(residents, twentyYearsAgo, "E05009291");
        var byTypeOnly = People.resident(residents, twentyYearsAgo, "E05009291");

        fixtures.signInAs(Role.OFFICER);
        var o = opportunities.publish(opportunities.save(OpportunityTestData.withAges(
                OpportunityTestData.apprenticeship(org.id(), TestFixtures.unique("Care leavers"), 1500), 16, 24, true, true)).id());
        matching.recordInterest(eligible.id(), Sector.FINANCIAL_SERVICES, OpportunityType.APPRENTICESHIP, true);
        matching.recordInterest(notCareLeaver.id(), Sector.FINANCIAL_SERVICES, null, false);
        matching.recordInterest(tooOld.id(), Sector.FINANCIAL_SERVICES, null, true);
        matching.recordInterest(outsideCity.id(), Sector.FINANCIAL_SERVICES, null, true);
        matching.recordInterest(otherInterest.id(), Sector.LEGAL, OpportunityType.MENTORING, true);
        matching.recordInterest(byTypeOnly.id(), null, OpportunityType.APPRENTICESHIP, true);

        var shortlist = matching.shortlistResidents(o.id(), 500).stream().map(ResidentSummary::id).toList();
        assertThat(shortlist).contains(eligible.id(), byTypeOnly.id())
                .doesNotContain(notCareLeaver.id(), tooOld.id(), outsideCity.id(), otherInterest.id());
        assertThat(shortlist.indexOf(eligible.id())).isLessThan(shortlist.indexOf(byTypeOnly.id()));

        assertThat(matching.opportunitiesFor(eligible.id(), 0, 500)).extracting(Opportunity::id).contains(o.id());
        for (var refused : new ResidentSummary[]{notCareLeaver, tooOld, outsideCity, otherInterest}) {
            assertThat(matching.opportunitiesFor(refused.id(), 0, 500)).extracting(Opportunity::id).doesNotContain(o.id());
        }

        applications.refer(o.id(), eligible.id(), null);
        assertThat(matching.shortlistResidents(o.id(), 500)).extracting(ResidentSummary::id).doesNotContain(eligible.id());
    }

    @Test
    void aVolunteerSeesOnlyPublishedOpportunitiesThatSuitThemselves() {
        var org = fixtures.organisation("Law firm");
        LocalDate nineteen = LocalDate.now().minusYears(19).minusDays(3);
        var me = People.resident(residents, nineteen, "E05009291");
        var someoneElse = People.resident(residents, LocalDate.now().minusYears(50), "E05009291");
        fixtures.signInAs(Role.OFFICER);
        var young = opportunities.publish(opportunities.save(OpportunityTestData.withAges(
                OpportunityTestData.apprenticeship(org.id(), TestFixtures.unique("Young"), 1500), 16, 24, false, false)).id());
        var draft = opportunities.save(OpportunityTestData.apprenticeship(org.id(), TestFixtures.unique("Draft"), 1500));
        matching.recordInterest(me.id(), Sector.FINANCIAL_SERVICES, null, false);
        matching.recordInterest(someoneElse.id(), Sector.FINANCIAL_SERVICES, null, false);

        fixtures.signInAs(Role.VOLUNTEER, null, me.id());
        assertThat(matching.myOpportunities(0, 500)).extracting(Opportunity::id).contains(young.id()).doesNotContain(draft.id());
        assertThatThrownBy(() -> matching.opportunitiesFor(someoneElse.id(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matching.interests(someoneElse.id())).isInstanceOf(AccessDeniedException.class);

        fixtures.signInAs(Role.VOLUNTEER, null, someoneElse.id());
        assertThat(matching.myOpportunities(0, 500)).extracting(Opportunity::id).doesNotContain(young.id());
    }

    @Test
    void anInterestNeedsASectorOrAKind() {
        var resident = fixtures.resident("Ivy", TestFixtures.unique("Interest"));
        fixtures.signInAs(Role.OFFICER);
        assertThatThrownBy(() -> matching.recordInterest(resident.id(), null, null, false))
                .isInstanceOf(org.bridgework.platform.InvalidInputException.class);
        assertThat(SystemUser.call(() -> matching.interests(resident.id()))).isEmpty();
    }
}

package org.bridgework.opportunities;

import org.bridgework.IntegrationTest;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.organisations.OrganisationType;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.SystemUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo loader creates believable City opportunities once; a second start adds nothing. */
class DemoOpportunitiesTest extends IntegrationTest {

    @Autowired
    OpportunityService opportunities;
    @Autowired
    ApplicationService applications;
    @Autowired
    MatchingService matching;
    @Autowired
    ProgressionService progression;
    @Autowired
    LevyService levy;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ResidentService residents;

    @Test
    void loadsOnceWithEmployersLevelsAndALevyPledge() {
        for (int i = 0; i < 3; i++) {
            fixtures.resident("Demo", org.bridgework.TestFixtures.unique("Person"));
        }
        var loader = new DemoOpportunities(opportunities, applications, matching, progression, levy, organisations, residents);
        loader.run(null);
        long lloyds = SystemUser.call(() -> organisations.findByName("Lloyd's of London").orElseThrow()).id();
        var all = SystemUser.call(() -> opportunities.search(OpportunityFilter.none(), 0, 10_000));
        loader.run(null);
        assertThat(SystemUser.call(() -> opportunities.search(OpportunityFilter.none(), 0, 10_000))).hasSameSizeAs(all);

        assertThat(SystemUser.call(() -> organisations.find(lloyds)).orElseThrow().type()).isEqualTo(OrganisationType.BUSINESS);
        var city = SystemUser.call(() -> organisations.findByName("City of London Corporation")).orElseThrow();
        assertThat(all).filteredOn(o -> o.organisationId() == city.id() && o.type() == OpportunityType.APPRENTICESHIP)
                .extracting(Opportunity::apprenticeshipLevel).contains(2, 3, 4, 5, 6);
        assertThat(all).filteredOn(o -> o.organisationId() == lloyds).allMatch(o -> o.status() == OpportunityStatus.PUBLISHED);
        assertThat(SystemUser.call(levy::usedAgainstPledged)).anySatisfy(u -> {
            assertThat(u.organisationId()).isEqualTo(lloyds);
            assertThat(u.usedPounds()).isLessThanOrEqualTo(u.pledgedPounds());
        });
    }
}

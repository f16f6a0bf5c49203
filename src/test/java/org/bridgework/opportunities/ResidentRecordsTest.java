package org.bridgework.opportunities;

import org.bridgework.IntegrationTest;
import org.bridgework.TestFixtures;
import org.bridgework.residents.ResidentMergeService;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Merging residents moves this feature's rows to the survivor; undoing it moves back exactly those. */
class ResidentRecordsTest extends IntegrationTest {

    @Autowired
    OpportunityService opportunities;
    @Autowired
    ApplicationService applications;
    @Autowired
    MatchingService matching;
    @Autowired
    ProgressionService progression;
    @Autowired
    ResidentMergeService merges;
    @Autowired
    ResidentService residents;
    @Autowired
    OpportunitiesPersonalData personalData;

    @Test
    void applicationsProgressionAndInterestsFollowAMergeAndComeBackOnUndo() {
        var org = fixtures.organisation("Employer");
        var survivor = fixtures.resident("Sam", TestFixtures.unique("Merge"));
        var duplicate = fixtures.resident("Samuel", TestFixtures.unique("Merge"));
        fixtures.signInAs(Role.MANAGER);
        var o = opportunities.publish(opportunities.save(OpportunityTestData.apprenticeship(org.id(), TestFixtures.unique("M"), 1500)).id());
        matching.recordInterest(survivor.id(), Sector.LEGAL, null, false);
        matching.recordInterest(duplicate.id(), Sector.TECHNOLOGY, null, false);
        applications.refer(o.id(), duplicate.id(), null);
        progression.record(new Progression(null, duplicate.id(), null, Checkpoint.FIRST_CONTACT, EmploymentStatus.UNEMPLOYED,
                PayBand.NO_PAY, false, LocalDate.now()));

        merges.mergeResidents(survivor.id(), duplicate.id(), "Same person, two spellings");
        assertThat(matching.interests(survivor.id())).extracting(ResidentInterest::sector).containsExactly(Sector.LEGAL, Sector.TECHNOLOGY);
        assertThat(applications.forResident(survivor.id())).hasSize(1);
        assertThat(progression.forResident(survivor.id())).hasSize(1);
        assertThat(applications.forResident(duplicate.id())).isEmpty();

        merges.undoMerge(duplicate.id(), "They are twins");
        assertThat(matching.interests(survivor.id())).extracting(ResidentInterest::sector).containsExactly(Sector.LEGAL);
        assertThat(matching.interests(duplicate.id())).extracting(ResidentInterest::sector).containsExactly(Sector.TECHNOLOGY);
        assertThat(applications.forResident(duplicate.id())).hasSize(1);
        assertThat(progression.forResident(duplicate.id())).hasSize(1);
        assertThat(applications.forResident(survivor.id())).isEmpty();

        var export = personalData.dataFor(duplicate.id());
        assertThat(export).containsKeys("interests", "applications", "progression");
        assertThat((java.util.List<?>) export.get("applications")).hasSize(1);
    }
}

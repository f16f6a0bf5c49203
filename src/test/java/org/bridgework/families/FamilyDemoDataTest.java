package org.bridgework.families;

import org.bridgework.demo.DemoData;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.organisations.OrganisationType;
import org.bridgework.security.NewUser;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.bridgework.security.UserAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class FamilyDemoDataTest extends FamilyTestBase {

    @Autowired
    UserAccountService users;
    @Autowired
    OrganisationService organisations;
    @Autowired
    CasePlanService plans;
    @Autowired
    CaseNoteService notes;
    @Autowired
    PartnerReferralService partners;

    @Test
    void demoCasesCoverEveryStageAndASecondRunAddsNothing() {
        var toynbee = org("Toynbee Hall");
        org("Portsoken Family Support Service");
        SystemUser.run(() -> {
            users.createIfMissing(new NewUser("familyworker", "Fiona Family-Worker", DemoData.PASSWORD, Role.FAMILY_WORKER, null, null));
            users.createIfMissing(new NewUser("partner", "Priya Partner", DemoData.PASSWORD, Role.PARTNER, toynbee.id(), null));
        });
        for (int i = 0; i < 8; i++) {
            household(2);
        }
        var loader = new FamilyDemoData(jdbc, users, residents, organisations, cases, plans, notes, partners, workers, needs);
        loader.run(null);
        long created = countDemoCases();
        loader.run(null);
        assertThat(countDemoCases()).isEqualTo(created).isEqualTo(8);

        var statuses = jdbc.sql("select distinct status from family_case where created_by = 'familyworker'")
                .query(String.class).list();
        assertThat(statuses).containsExactlyInAnyOrder("REFERRED", "TRIAGE", "ASSESSMENT", "ACTIVE", "REVIEW", "CLOSED");
        assertThat(jdbc.sql("""
                        select count(*) from family_case where created_by = 'familyworker' and status = 'CLOSED'
                        and follow_up_due < current_date and follow_up_done_on is null""").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from family_partner_referral pr join family_case c on c.id = pr.case_id
                        where c.created_by = 'familyworker' and pr.organisation_id = ? and pr.status = 'ACCEPTED'""")
                .param(toynbee.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from family_note n join family_case c on c.id = n.case_id "
                + "where c.created_by = 'familyworker' and n.restricted = true").query(Long.class).single()).isPositive();

        as(users.loadUserByUsername("familyworker"));
        long closed = jdbc.sql("select id from family_case where created_by = 'familyworker' and status = 'CLOSED'")
                .query(Long.class).single();
        var distance = plans.distanceTravelled(closed);
        assertThat(distance.rows()).extracting(DistanceTravelled.Row::distance).containsExactly(4, 2, 3);
    }

    private OrganisationDetails org(String name) {
        return SystemUser.call(() -> organisations.findByName(name).orElseGet(() -> organisations.save(new OrganisationDetails(
                null, 0, name, OrganisationType.CHARITY, null, null, null, null, "E05009289", null, null, null, null,
                false, false, true))));
    }

    private long countDemoCases() {
        return jdbc.sql("select count(*) from family_case where created_by = 'familyworker'").query(Long.class).single();
    }
}

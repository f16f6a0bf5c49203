package org.bridgework.families.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.bridgework.TestFixtures;
import org.bridgework.UiTest;
import org.bridgework.families.FamilyCaseService;
import org.bridgework.families.FamilyWorkerDirectory;
import org.bridgework.families.FamilyNeedsService;
import org.bridgework.families.Need;
import org.bridgework.families.NewReferral;
import org.bridgework.families.PartnerReferralService;
import org.bridgework.families.ReferralSource;
import org.bridgework.residents.HouseholdRelationship;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The family support pages, reached by URL, for each kind of user. */
class FamiliesUiTest extends UiTest {

    @Autowired
    FamilyCaseService cases;
    @Autowired
    FamilyWorkerDirectory workers;
    @Autowired
    FamilyNeedsService needs;
    @Autowired
    ResidentService residents;
    @Autowired
    PartnerReferralService partners;
    @Autowired
    FamilySupportTab tab;
    @Autowired
    JdbcClient jdbc;

    private String familyName;
    private long residentId;

    /** A case accepted by a new family worker, who stays signed in (for services and the UI). */
    private long caseLedBy(BridgeworkUser lead) {
        workers.registerSelf();
        familyName = TestFixtures.unique("Ui");
        long household = SystemUser.call(() -> residents.createHousehold(familyName + " household"));
        residentId = SystemUser.call(() -> residents.create(new ResidentForm(null, 0, "Amira", familyName, null,
                LocalDate.of(1985, 1, 1), null, null, null, null, "London", "EC1Y 0RN", "E05009288", null, null, "English", false,
                null, household, HouseholdRelationship.PARENT, null))).id();
        long id = cases.refer(new NewReferral(household, ReferralSource.HEALTH, "Health visitor", "Struggling",
                needs.needs(false).stream().limit(2).map(Need::id).toList(), true, LocalDate.now(), "URGENT"));
        cases.startTriage(id, "Screening");
        cases.accept(id, lead.id(), "Meets criteria");
        return id;
    }

    @Test
    void aFamilyWorkerOpensTheirCaseloadAndACaseAndTheOpeningIsAudited() {
        var lead = signInAs(Role.FAMILY_WORKER);
        long id = caseLedBy(lead);
        navigate("families");
        _get(FamiliesView.class);
        navigate("families/case/" + id);
        _get(CaseView.class);
        assertThat(_get(H1.class, s -> s.withText(familyName + " family"))).isNotNull();
        assertThat(tabs()).contains("Notes", "Documents", "Assessment and reviews", "Partners", "History");
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'FAMILY_CASE' and subject_id = ? and action = 'VIEW'")
                .param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPartnerNavigatingToACaseNotReferredToItIsRefused() {
        var lead = signInAs(Role.FAMILY_WORKER);
        long id = caseLedBy(lead);
        signInAs(Role.PARTNER);
        navigate("families/case/" + id);
        assertThat(_find(CaseView.class)).isEmpty();
        _get(H1.class, s -> s.withText("You do not have access to this page"));
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'FAMILY_CASE' and subject_id = ? and action = 'VIEW'")
                .param(id).query(Long.class).single()).isZero();
    }

    @Test
    void aPartnerSeesOnlyItsPartOfACaseReferredToIt() {
        var lead = signInAs(Role.FAMILY_WORKER);
        long id = caseLedBy(lead);
        var org = fixtures.organisation("Toynbee");
        long referral = partners.refer(id, org.id(), "Money advice");
        signInAs(Role.PARTNER, org.id(), null);
        partners.respond(referral, true, null);
        navigate("families/referred");
        _get(ReferredFamiliesView.class);
        navigate("families/case/" + id);
        _get(CaseView.class);
        assertThat(tabs()).containsExactly("Notes", "Our referral");
    }

    @Test
    void officersAreRefusedTheCaseAndTheCaseloadButSeeTheLeadWorkerContact() {
        var lead = signInAs(Role.FAMILY_WORKER);
        long id = caseLedBy(lead);
        long resident = residentId;
        signInAs(Role.OFFICER);
        for (String path : List.of("families/case/" + id, "families", "families/overview")) {
            navigate(path);
            assertThat(_find(CaseView.class)).as(path).isEmpty();
            _get(H1.class, s -> s.withText("You do not have access to this page"));
        }
        var content = tab.create(resident);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(content, Paragraph.class)).extracting(Paragraph::getText)
                .containsExactly("This resident has a lead family worker. Contact " + lead.displayName()
                        + " before arranging support, so that work is joined up.");
    }

    @Test
    void managersSeeTheOverviewAndFamilyWorkersDoNot() {
        signInAs(Role.MANAGER);
        navigate("families/overview");
        _get(FamiliesOverviewView.class);
        signInAs(Role.FAMILY_WORKER);
        navigate("families/overview");
        assertThat(_find(FamiliesOverviewView.class)).isEmpty();
    }

    private static List<String> tabs() {
        return _find(com.vaadin.flow.component.tabs.Tab.class).stream().map(t -> t.getLabel()).toList();
    }

}

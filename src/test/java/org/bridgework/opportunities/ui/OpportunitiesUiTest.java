package org.bridgework.opportunities.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import org.bridgework.TestFixtures;
import org.bridgework.UiTest;
import org.bridgework.opportunities.Opportunity;
import org.bridgework.opportunities.OpportunityService;
import org.bridgework.opportunities.OpportunityStatus;
import org.bridgework.opportunities.OpportunityType;
import org.bridgework.opportunities.Sector;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class OpportunitiesUiTest extends UiTest {

    @Autowired
    OpportunityService opportunities;

    @Test
    void aPartnerCannotOpenAnotherOrganisationsOpportunityByAddress() {
        var other = fixtures.organisation("Other employer");
        var theirs = SystemUser.call(() -> opportunities.save(opportunity(other.id(), TestFixtures.unique("Theirs"))));
        var partner = signInAs(Role.PARTNER);
        var mine = opportunities.save(opportunity(partner.organisationId().orElseThrow(), TestFixtures.unique("Mine")));

        navigate("opportunities/" + theirs.id());
        assertThat(_find(OpportunityPageView.class)).isEmpty();
        assertThat(_find(H1.class)).extracting(H1::getText).doesNotContain(theirs.title());
        navigate("opportunities/" + theirs.id() + "/edit");
        assertThat(_find(OpportunityEditorView.class)).isEmpty();

        navigate("opportunities/" + mine.id());
        assertThat(_find(H1.class)).extracting(H1::getText).contains(mine.title());
        _click(_get(Button.class, s -> s.withText("Publish")));
        assertThat(opportunities.find(mine.id()).orElseThrow().status()).isEqualTo(OpportunityStatus.PUBLISHED);

        navigate("opportunities");
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<Opportunity>) _get(OpportunitiesView.class).grid;
        assertThat(GridKt._fetch(grid, 0, 500)).extracting(Opportunity::id).contains(mine.id()).doesNotContain(theirs.id());
    }

    @Test
    void theEditorShowsEachMessageBesideItsField() {
        var org = fixtures.organisation("Employer");
        signInAs(Role.OFFICER);
        navigate("opportunities/new");
        var editor = _get(OpportunityEditorView.class);
        editor.organisation.setValue(org);
        editor.type.setValue(OpportunityType.APPRENTICESHIP);
        editor.level.setValue(9);
        editor.places.setValue(0);
        _click(editor.save);
        assertThat(editor.title.isInvalid()).isTrue();
        assertThat(editor.level.getErrorMessage()).contains("level 2 to 7");
        assertThat(editor.places.isInvalid()).isTrue();
        assertThat(editor.howToApply.isInvalid()).isTrue();

        editor.title.setValue(TestFixtures.unique("Editor"));
        editor.level.setValue(4);
        editor.places.setValue(2);
        editor.howToApply.setValue("Ring the office");
        editor.hourlyRate.setValue(new java.math.BigDecimal("14.20"));
        assertThat(editor.paysLivingWage.getValue()).isTrue();
        _click(editor.save);
        assertThat(_find(H1.class)).extracting(H1::getText).contains(editor.title.getValue());
    }

    @Test
    void volunteersHaveTheirOwnPageAndNotTheRegister() {
        signInAs(Role.VOLUNTEER);
        navigate("my-opportunities");
        assertThat(_find(MyOpportunitiesView.class)).hasSize(1);
        navigate("opportunities");
        assertThat(_find(OpportunitiesView.class)).isEmpty();
        navigate("opportunities/progression");
        assertThat(_find(ProgressionReportView.class)).isEmpty();
    }

    @Test
    void managersSeeTheProgressionReportAndOfficersDoNot() {
        signInAs(Role.MANAGER);
        navigate("opportunities/progression");
        assertThat(_find(ProgressionReportView.class)).hasSize(1);
        signInAs(Role.OFFICER);
        navigate("opportunities/progression");
        assertThat(_find(ProgressionReportView.class)).isEmpty();
    }

    @Test
    void aManagerRecordsALevyPledgeAndSeesItAgainstTheEmployer() {
        var big = fixtures.organisation("Big employer");
        var small = fixtures.organisation("Small employer");
        signInAs(Role.MANAGER);
        navigate("opportunities/progression");
        var view = _get(ProgressionReportView.class);
        var form = view.pledgeForm;
        form.pledging.setValue(big);
        form.receiving.setValue(big);
        form.pledged.setValue(10000);
        _click(form.save);
        assertThat(form.receiving.getErrorMessage()).contains("itself");
        form.receiving.setValue(small);
        form.used.setValue(12000);
        _click(form.save);
        assertThat(form.used.isInvalid()).isTrue();
        form.used.setValue(2500);
        _click(form.save);
        assertThat(GridKt._fetch(view.levy, 0, 500)).anySatisfy(u -> {
            assertThat(u.organisationId()).isEqualTo(big.id());
            assertThat(u.pledgedPounds()).isEqualTo(10000);
            assertThat(u.usedPounds()).isEqualTo(2500);
        });
    }

    @Test
    void theResidentPageHasAnOpportunitiesTabForOfficersButNotFamilyWorkers() {
        var resident = fixtures.resident("Tab", TestFixtures.unique("Journey"));
        signInAs(Role.OFFICER);
        navigate("residents/" + resident.id());
        assertThat(_find(com.vaadin.flow.component.tabs.Tab.class)).extracting(com.vaadin.flow.component.tabs.Tab::getLabel)
                .contains("Opportunities");
        signInAs(Role.FAMILY_WORKER);
        navigate("residents/" + resident.id());
        assertThat(_find(com.vaadin.flow.component.tabs.Tab.class)).extracting(com.vaadin.flow.component.tabs.Tab::getLabel)
                .doesNotContain("Opportunities");
    }

    private static Opportunity opportunity(long org, String title) {
        return new Opportunity(null, 0, org, title, OpportunityType.WORK_EXPERIENCE, null, Sector.LEGAL, "Fleet Street", null,
                LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 5), 3, 16, 18, false, false, null, null, false, "Email us",
                OpportunityStatus.DRAFT);
    }
}

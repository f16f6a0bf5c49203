package org.bridgework.reports.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import org.bridgework.UiTest;
import org.bridgework.reports.Breakdown;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class OutcomeReportViewTest extends UiTest {

    @Test
    void aManagerSeesEveryOutcomeWithItsGridTheNoteAndTheDownloads() {
        signInAs(Role.MANAGER);
        navigate("reports");
        var view = _get(OutcomeReportView.class);
        assertThat(_find(view, H2.class)).extracting(H2::getText).contains(
                "Everyone can develop the skills and talent they need to thrive",
                "Opportunity is accessed more evenly and equally across society",
                "Businesses and organisations are representative and trusted",
                "We role model and enable social mobility in the way we operate",
                "All outcomes");
        assertThat(_find(view, Grid.class)).hasSize(5);
        assertThat(view.suppressionNote.getText()).contains("below 5").contains("hidden");
        assertThat(_find(view, Anchor.class)).extracting(Anchor::getText)
                .contains("Download report (CSV)", "Download report (Excel)", "Download report for committee (PDF)");
        assertThat(view.from.getValue().getMonthValue()).isEqualTo(4);
        assertThat(view.current().outcomes()).hasSize(4);

        view.breakdown.setValue(Breakdown.WARD);
        view.compare.setValue(true);
        _click(view.show);
        assertThat(view.current().breakdown()).isEqualTo(Breakdown.WARD);
        assertThat(view.current().compared()).isTrue();
        assertThat(view.current().previous()).isEqualTo(view.current().period().previous());
    }

    @Test
    void aVolunteerIsRefusedTheReport() {
        signInAs(Role.VOLUNTEER);
        navigate("reports");
        assertThat(_find(OutcomeReportView.class)).isEmpty();
    }

    @Test
    void anOfficerIsNotOfferedEqualityBreakdowns() {
        signInAs(Role.OFFICER);
        navigate("reports");
        var view = _get(OutcomeReportView.class);
        assertThat(view.breakdown.getListDataView().getItems()).contains(Breakdown.WARD).doesNotContain(Breakdown.ETHNICITY);
    }

    @Test
    void aPartnerGetsTheirOwnOrganisationsReportWithNoChoiceOfOrganisation() {
        signInAs(Role.PARTNER);
        navigate("reports");
        var view = _get(OutcomeReportView.class);
        assertThat(view.organisation.isVisible()).isFalse();
        assertThat(view.current().scopeLabel()).startsWith("Partner");
        assertThat(view.periodLine.getText()).contains("Figures for: " + view.current().scopeLabel());
    }

    @Test
    void aManagerCanNarrowTheReportToOneOrganisation() {
        var org = fixtures.organisation("Narrowed");
        signInAs(Role.MANAGER);
        navigate("reports");
        var view = _get(OutcomeReportView.class);
        assertThat(view.current().scopeLabel()).isEqualTo("All organisations");
        view.organisation.setValue(org);
        _click(view.show);
        assertThat(view.current().scopeLabel()).isEqualTo(org.name());
    }
}

package org.bridgework.reports.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import org.bridgework.UiTest;
import org.bridgework.platform.ui.EChart;
import org.bridgework.reports.AreaLevel;
import org.bridgework.reports.ColdSpotLine;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ColdSpotsViewTest extends UiTest {

    @Test
    void aManagerSeesTheWardsRankedWithAChartAndTheMethod() {
        signInAs(Role.MANAGER);
        navigate("reports/cold-spots");

        var view = _get(ColdSpotsView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Cold spots: high need, little provision");
        @SuppressWarnings("unchecked")
        Grid<ColdSpotLine> grid = _get(Grid.class);
        assertThat(grid.getGenericDataView().getItems().count()).isEqualTo(25);
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText)
                .contains("Place", "Area", "Deprivation decile", "Residents on record", "Sessions delivered",
                        "Took part per 1,000 residents", "Cold-spot score");
        assertThat(_get(EChart.class).getOption()).contains("\"scatter\"").contains("Deprivation decile (1 = most deprived)");
        assertThat(view.scopeNote.getText()).contains("every organisation");
        assertThat(view.download.getHref()).isNotBlank();
        assertThat(view.getElement().getOuterHTML()).doesNotContain("!coldspots.");

        view.level.setValue(AreaLevel.LSOA);
        assertThat(view.borough.isVisible()).isTrue();
        assertThat(view.report.level()).isEqualTo(AreaLevel.LSOA);
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText).doesNotContain("Sessions delivered");
    }

    @Test
    void aPartnerIsToldTheProvisionIsItsOwn() {
        signInAs(Role.PARTNER);
        navigate("reports/cold-spots");
        assertThat(_get(ColdSpotsView.class).scopeNote.getText()).contains("your organisation's own");
    }

    @Test
    void aVolunteerIsRefused() {
        signInAs(Role.VOLUNTEER);
        navigate("reports/cold-spots");
        assertThat(_find(ColdSpotsView.class)).isEmpty();
    }
}

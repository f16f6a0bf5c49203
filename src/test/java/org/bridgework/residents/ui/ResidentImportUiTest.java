package org.bridgework.residents.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import org.bridgework.UiTest;
import org.bridgework.residents.ImportField;
import org.bridgework.residents.ImportReport;
import org.bridgework.residents.ResidentFilter;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ResidentImportUiTest extends UiTest {

    @Autowired
    ResidentService residents;

    @Test
    void theOfficerMapsColumnsSeesEachBadRowAndNothingIsSavedUntilTheFileIsRight() {
        signInAs(Role.MANAGER);
        String family = ResidentsUiTest.name();
        navigate("residents/import");
        var view = _get(ResidentImportView.class);
        String bad = "Given,Family name,Born,Ward\nAda," + family + ",01/02/1990,Cripplegate\nBo," + family + ",not a date,Cripplegate\n";
        view.received(bad.getBytes(StandardCharsets.UTF_8));

        assertThat(view.mappingSection.isVisible()).isTrue();
        assertThat(view.mapping.get(ImportField.FAMILY_NAME).getValue()).isEqualTo("Family name");
        // "Given" and "Born" are not headings we recognise: the officer maps them
        assertThat(view.mapping.get(ImportField.GIVEN_NAME).getValue()).isNull();
        view.mapping.get(ImportField.GIVEN_NAME).setValue("Given");
        view.mapping.get(ImportField.DATE_OF_BIRTH).setValue("Born");
        view.run(true);

        assertThat(_find(view.reportSection, H2.class)).extracting(H2::getText).contains("Nothing was saved: 1 problems to fix");
        @SuppressWarnings("unchecked")
        Grid<ImportReport.Problem> problems = _get(view.reportSection, Grid.class);
        assertThat(GridKt._fetch(problems, 0, 10)).extracting(ImportReport.Problem::row, ImportReport.Problem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "Date of birth"));
        assertThat(found(family)).isZero();

        view.received(bad.replace("not a date", "03/04/1992").getBytes(StandardCharsets.UTF_8));
        view.mapping.get(ImportField.GIVEN_NAME).setValue("Given");
        view.mapping.get(ImportField.DATE_OF_BIRTH).setValue("Born");
        view.run(true);
        assertThat(_find(view.reportSection, H2.class)).extracting(H2::getText).contains("2 of 2 residents imported");
        assertThat(found(family)).isEqualTo(2);
    }

    private int found(String family) {
        return SystemUser.call(() -> residents.search(new ResidentFilter(family, null, null, null), 0, 10)).size();
    }
}

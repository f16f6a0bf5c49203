package org.bridgework.opportunities;

import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.bridgework.TestFixtures;
import org.bridgework.UiTest;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class JourneyTabUiTest extends UiTest {

    @Autowired
    ProgressionService progression;
    @Autowired
    MatchingService matching;

    @Test
    void anOfficerRecordsInterestsAndEmploymentOnTheResidentPageWithMessagesBesideFields() {
        var resident = fixtures.resident("Jo", TestFixtures.unique("Journey"));
        signInAs(Role.OFFICER);
        navigate("residents/" + resident.id());
        var sheet = _get(TabSheet.class);
        sheet.setSelectedTab(_find(Tab.class).stream().filter(t -> "Opportunities".equals(t.getLabel())).findFirst().orElseThrow());
        var form = _get(ProgressionForm.class);

        _click(form.addInterest);
        assertThat(form.sector.isInvalid()).isTrue();
        form.sector.setValue(Sector.TECHNOLOGY);
        _click(form.addInterest);
        assertThat(matching.interests(resident.id())).extracting(ResidentInterest::sector).containsExactly(Sector.TECHNOLOGY);

        form = _get(ProgressionForm.class);
        form.checkpoint.setValue(Checkpoint.SIX_MONTHS);
        form.status.setValue(EmploymentStatus.EMPLOYED);
        form.payBand.setValue(PayBand.FROM_20);
        form.paidLivingWage.setValue(true);
        _click(form.addProgression);
        assertThat(form.checkpoint.getErrorMessage()).contains("first contact");
        form.checkpoint.setValue(Checkpoint.FIRST_CONTACT);
        _click(form.addProgression);
        assertThat(progression.forResident(resident.id())).extracting(Progression::payBand).containsExactly(PayBand.FROM_20);
    }
}

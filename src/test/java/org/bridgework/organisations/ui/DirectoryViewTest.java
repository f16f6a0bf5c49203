package org.bridgework.organisations.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import org.bridgework.TestFixtures;
import org.bridgework.UiTest;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.organisations.OrganisationType;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryViewTest extends UiTest {

    @Autowired
    OrganisationService organisations;

    @Test
    void aVolunteerBrowsesTheDirectoryButCannotSaveAnOrganisation() {
        var club = fixtures.organisation("Golden Lane Lunch Club");
        signInAs(Role.VOLUNTEER);
        navigate("directory");
        var view = _get(DirectoryView.class);
        assertThat(view.add.isVisible()).isFalse();

        view.search.setValue(club.name());
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).name()).isEqualTo(club.name());

        var renamed = new OrganisationDetails(club.id(), club.version(), "Taken over", club.type(), null, null, null,
                null, null, null, null, null, null, false, false, true);
        assertThatThrownBy(() -> organisations.save(renamed)).isInstanceOf(AccessDeniedException.class);
        assertThat(organisations.find(club.id()).orElseThrow().name()).isEqualTo(club.name());
    }

    @Test
    void theDirectoryFiltersByTypeAndServiceInTheQuery() {
        var school = TestFixtures.unique("Aldgate School");
        signInAs(Role.OFFICER);
        organisations.save(new OrganisationDetails(null, 0, school, OrganisationType.SCHOOL, null, null, null, null,
                "E05009289", null, null, null, "Homework club " + school, false, false, true));
        navigate("directory");
        var view = _get(DirectoryView.class);
        view.search.setValue("homework club " + school.toLowerCase());
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        view.type.setValue(OrganisationType.CHARITY);
        assertThat(GridKt._size(view.grid)).isZero();
        view.type.setValue(OrganisationType.SCHOOL);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
    }

    @Test
    void staffAreToldBesideTheFieldWhenTheOrgIdIsNotInTheOrgIdForm() {
        signInAs(Role.OFFICER);
        navigate("directory");
        _click(_get(DirectoryView.class).add);
        var dialog = _get(OrganisationEditorDialog.class);
        String name = TestFixtures.unique("Barbican Befrienders");
        dialog.name.setValue(name);
        dialog.type.setValue(OrganisationType.CHARITY);
        dialog.orgIdentifier.setValue("1035628");
        _click(dialog.save);

        assertThat(dialog.orgIdentifier.isInvalid()).isTrue();
        assertThat(dialog.orgIdentifier.getErrorMessage()).contains("GB-CHC-1035628");
        assertThat(dialog.name.isInvalid()).isFalse();
        assertThat(organisations.findByName(name)).isEmpty();

        dialog.orgIdentifier.setValue("GB-CHC-" + (System.nanoTime() % 10_000_000));
        _click(dialog.save);
        assertThat(_find(OrganisationEditorDialog.class)).isEmpty();
        assertThat(organisations.findByName(name)).isPresent();
    }
}

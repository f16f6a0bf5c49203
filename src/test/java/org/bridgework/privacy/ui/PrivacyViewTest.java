package org.bridgework.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import org.bridgework.UiTest;
import org.bridgework.privacy.EqualityMonitoringService;
import org.bridgework.privacy.Religion;
import org.bridgework.residents.ResidentJourneyTab;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class PrivacyViewTest extends UiTest {

    @Autowired
    List<ResidentJourneyTab> tabs;
    @Autowired
    EqualityMonitoringService equality;

    @Test
    void anAdministratorPreparesASubjectAccessExportToDownload() {
        var resident = fixtures.resident("Dora", "Download");
        signInAs(Role.ADMIN);
        navigate("admin/privacy");
        var view = _get(PrivacyView.class);
        _click(view.prepare);
        assertThat(view.resident.isInvalid()).as("no resident chosen").isTrue();

        view.resident.setValue(resident);
        _click(view.prepare);

        assertThat(_find(view.downloads, Anchor.class)).extracting(Anchor::getText)
                .containsExactly("Download PDF", "Download JSON");
    }

    @Test
    void theRetentionDryRunIsShownWithoutChangingAnything() {
        signInAs(Role.ADMIN);
        navigate("admin/privacy");
        var view = _get(PrivacyView.class);
        _click(view.checkDue);
        assertThat(view.due.isVisible()).isTrue();
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class)).extracting(li -> li.getText())
                .anySatisfy(text -> assertThat(text).startsWith("Contact about events and activities: "));
    }

    @Test
    void otherRolesCannotOpenThePrivacyView() {
        for (Role role : List.of(Role.MANAGER, Role.OFFICER, Role.PARTNER, Role.VOLUNTEER)) {
            signInAs(role);
            navigate("admin/privacy");
            assertThat(_find(PrivacyView.class)).as(role.name()).isEmpty();
        }
    }

    @Test
    void theEqualityTabIsOnlyForAdministratorsAndLoadsAnswersOnlyWhenAsked() {
        var resident = fixtures.resident("Tabitha", "Equality");
        var tab = tabs.stream().filter(EqualityTab.class::isInstance).findFirst().orElseThrow();
        for (Role role : List.of(Role.MANAGER, Role.OFFICER, Role.FAMILY_WORKER, Role.PARTNER, Role.VOLUNTEER)) {
            assertThat(tab.isVisibleTo(signInAs(role))).as(role.name()).isFalse();
        }
        assertThat(tab.isVisibleTo(signInAs(Role.ADMIN))).isTrue();

        var panel = (EqualityPanel) tab.create(resident.id());
        assertThat(panel.religion.isVisible() && panel.save.isVisible()).isFalse();
        _click(panel.show);
        panel.religion.setValue(Religion.HINDU);
        _click(panel.save);
        assertThat(equality.find(resident.id()).orElseThrow().religion()).isEqualTo(Religion.HINDU);
    }
}

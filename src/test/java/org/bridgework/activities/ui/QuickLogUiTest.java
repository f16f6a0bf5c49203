package org.bridgework.activities.ui;

import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import org.bridgework.TestFixtures;
import org.bridgework.UiTest;
import org.bridgework.activities.ActivityService;
import org.bridgework.activities.Mark;
import org.bridgework.activities.RegisterLine;
import org.bridgework.activities.RegisterService;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class QuickLogUiTest extends UiTest {

    @Autowired
    ActivityService activities;
    @Autowired
    RegisterService registers;
    @Autowired
    OrganisationService organisations;

    @Test
    void anOfficerLogsAOneOffActivityWithAttendeesAndEnterSaves() {
        signInAs(Role.OFFICER);
        var org = fixtures.organisation("Team");
        var attendee = fixtures.resident("Kim", "Keyboard");
        String title = TestFixtures.unique("Pop-up tea party ");

        navigate("activities");
        _click(_get(Button.class, spec -> spec.withText("Log an activity")));
        var dialog = _get(QuickLogDialog.class);
        assertThat(dialog.date.getValue()).isEqualTo(LocalDate.now());
        dialog.title.setValue(title);
        dialog.type.setValue(dialog.type.getListDataView().getItems().findFirst().orElseThrow());
        dialog.organisation.setValue(org);
        dialog.attendees.setValue(Set.of(attendee));
        ShortcutsKt._fireShortcut(dialog, Key.ENTER);

        assertThat(_find(QuickLogDialog.class)).isEmpty();
        var logged = activities.page(title, 0, 1);
        assertThat(logged).hasSize(1);
        long session = activities.sessionsOf(logged.getFirst().id(), 0, 1).getFirst().id();
        assertThat(registers.register(session).lines()).singleElement().satisfies(l -> {
            assertThat(l.residentId()).isEqualTo(attendee.id());
            assertThat(l.mark()).isEqualTo(Mark.PRESENT);
        });
    }
}

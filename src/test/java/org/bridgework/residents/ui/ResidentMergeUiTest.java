package org.bridgework.residents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import org.bridgework.UiTest;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ResidentMergeUiTest extends UiTest {

    @Autowired
    ResidentService residents;

    @Test
    void aManagerMergesALikelyDuplicateFromTheResidentPageAndCanUndoIt() {
        String family = ResidentsUiTest.name();
        var survivor = create("Priya", family);
        var duplicate = create("Pria", family);
        signInAs(Role.MANAGER);
        navigate("residents/" + survivor.id());
        _click(_get(Button.class, s -> s.withText("Merge a duplicate into this record")));
        var dialog = _get(MergeDialog.class);
        _click(_find(dialog, Button.class).stream().filter(b -> b.getText().startsWith("Pria " + family + " (")).findFirst().orElseThrow());
        assertThat(dialog.duplicate.getValue().id()).isEqualTo(duplicate.id());
        dialog.reason.setValue("Registered twice at the summer fair");
        _click(_get(dialog, Button.class, s -> s.withText("Merge")));

        assertThat(SystemUser.call(() -> residents.mergedInto(duplicate.id()))).contains(survivor.id());

        navigate("residents/" + duplicate.id());
        _click(_get(Button.class, s -> s.withText("Undo this merge")));
        var undo = _get(UndoMergeDialog.class);
        undo.reason.setValue("Two different people after all");
        _click(_get(undo, Button.class, s -> s.withText("Undo merge")));
        assertThat(SystemUser.call(() -> residents.mergedInto(duplicate.id()))).isEmpty();
    }

    @Test
    void officersAreNotOfferedMerging() {
        var resident = create("Omar", ResidentsUiTest.name());
        signInAs(Role.OFFICER);
        navigate("residents/" + resident.id());
        assertThat(_find(H1.class)).isNotEmpty();
        assertThat(_find(Button.class, s -> s.withText("Merge a duplicate into this record"))).isEmpty();
    }

    private ResidentSummary create(String given, String family) {
        return SystemUser.call(() -> residents.create(new ResidentForm(null, 0, given, family, null, LocalDate.of(1988, 8, 8),
                null, null, null, null, "London", "EC1A 4HD", "E05009288", null, null, "English", false, null, null, null, null)));
    }
}

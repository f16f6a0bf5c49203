package org.bridgework.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.bridgework.TestFixtures;
import org.bridgework.UiTest;
import org.bridgework.security.Role;
import org.bridgework.security.UserAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class UsersViewTest extends UiTest {

    @Autowired
    UserAccountService users;

    @Test
    void aWeakPasswordIsExplainedBesideTheFieldAndNothingIsSaved() {
        signInAs(Role.ADMIN);
        navigate("admin/users");
        _click(_get(Button.class, spec -> spec.withText("Add a user")));
        var dialog = _get(UserEditorDialog.class);
        String username = TestFixtures.unique("newofficer");
        dialog.displayName.setValue("New Officer");
        dialog.username.setValue(username);
        dialog.password.setValue("short");
        dialog.role.setValue(Role.OFFICER);
        _click(_get(dialog, Button.class, spec -> spec.withText("Add user")));
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).contains("at least 12 characters");
        assertThat(users.exists(username)).isFalse();

        dialog.password.setValue("a-much-better-passphrase");
        _click(_get(dialog, Button.class, spec -> spec.withText("Add user")));
        assertThat(users.exists(username)).isTrue();
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void aPartnerNeedsAnOrganisation() {
        signInAs(Role.ADMIN);
        navigate("admin/users");
        _click(_get(Button.class, spec -> spec.withText("Add a user")));
        var dialog = _get(UserEditorDialog.class);
        dialog.displayName.setValue("Partner Person");
        dialog.username.setValue(TestFixtures.unique("partnerperson"));
        dialog.password.setValue("a-much-better-passphrase");
        dialog.role.setValue(Role.PARTNER);
        _click(_get(dialog, Button.class, spec -> spec.withText("Add user")));
        assertThat(dialog.organisation.isInvalid()).isTrue();
        assertThat(dialog.organisation.getErrorMessage()).contains("one organisation");
        assertThat(_get(Grid.class)).isNotNull();
    }
}

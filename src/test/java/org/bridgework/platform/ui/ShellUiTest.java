package org.bridgework.platform.ui;

import com.vaadin.flow.component.UI;
import org.bridgework.UiTest;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ShellUiTest extends UiTest {

    @Test
    void administratorsOpenTheAdministrationViews() {
        signInAs(Role.ADMIN);
        navigate("admin/users");
        _get(org.bridgework.security.ui.UsersViewProbe.type());
        navigate("");
        _get(HomeView.class);
        navigate("admin/audit");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass().getSimpleName())
                .isEqualTo("AuditLogView");
    }

    @Test
    void otherRolesAreRefusedTheAdministrationViewsByUrl() {
        for (Role role : List.of(Role.MANAGER, Role.OFFICER, Role.FAMILY_WORKER, Role.PARTNER, Role.VOLUNTEER)) {
            signInAs(role);
            navigate("");
            navigate("admin/users");
            _get(AccessDeniedView.class);
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("admin/users");
        }
    }

}

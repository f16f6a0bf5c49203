package org.bridgework.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.bridgework.UiTest;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ShellUiTest extends UiTest {

    @Test
    void administratorsSeeAdministrationInTheMenu() {
        signInAs(Role.ADMIN);
        navigate("");
        _get(HomeView.class);
        assertThat(menuPaths()).contains("admin/users", "admin/audit");
    }

    @Test
    void otherRolesDoNotSeeAdministrationAndAreRefusedByUrl() {
        for (Role role : List.of(Role.MANAGER, Role.OFFICER, Role.FAMILY_WORKER, Role.PARTNER, Role.VOLUNTEER)) {
            signInAs(role);
            navigate("");
            assertThat(menuPaths()).as(role.name()).doesNotContain("admin/users", "admin/audit");
            navigate("admin/users");
            _get(AccessDeniedView.class);
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("admin/users");
        }
    }

    @Test
    void unknownAddressesShowTheNotFoundPage() {
        signInAs(Role.OFFICER);
        navigate("no/such/page");
        _get(NotFoundView.class);
    }

    private static List<String> menuPaths() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
    }
}

package org.bridgework.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.security.Access;
import org.bridgework.security.UserAccountService;
import org.bridgework.security.UserSummary;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

@Route("admin/users")
@PageTitle("Users | Bridgework")
@Menu(order = 90, icon = "vaadin:users", title = "Users")
@RolesAllowed(Access.ADMIN)
class UsersView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.of("Europe/London"));

    private final UserAccountService users;
    private final OrganisationService organisations;
    private final TextField search = new TextField("Find a user");
    final Grid<UserSummary> grid = new Grid<>();

    UsersView(UserAccountService users, OrganisationService organisations) {
        this.users = users;
        this.organisations = organisations;
        setSizeFull();
        search.setPlaceholder("Name or username");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var add = new Button("Add a user", e -> openEditor());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new HorizontalLayout(search, add);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        grid.addColumn(UserSummary::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(UserSummary::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(u -> u.role().label()).setHeader("Role").setAutoWidth(true);
        grid.addColumn(u -> u.enabled() ? "Active" : "Disabled").setHeader("Status");
        grid.addColumn(u -> u.lastSignInAt() == null ? "Never" : WHEN.format(u.lastSignInAt())).setHeader("Last sign-in");
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        grid.setItems(q -> users.findUsers(search.getValue(), q.getOffset(), q.getLimit()).stream());
        grid.setAriaLabel("Users");
        add(new H1("Users"), toolbar, grid);
    }

    private HorizontalLayout actions(UserSummary user) {
        var toggle = new Button(user.enabled() ? "Disable" : "Enable", e -> {
            users.setEnabled(user.id(), !user.enabled());
            Notification.show(user.displayName() + (user.enabled() ? " can no longer sign in." : " can sign in again."));
            grid.getDataProvider().refreshAll();
        });
        toggle.setAriaLabel((user.enabled() ? "Disable " : "Enable ") + user.displayName());
        var reset = new Button("Reset password", e -> new ResetPasswordDialog(users, user).open());
        reset.setAriaLabel("Reset password for " + user.displayName());
        var role = new Button("Change role", e -> new UserEditorDialog(users, organisations, user, grid.getDataProvider()::refreshAll).open());
        role.setAriaLabel("Change role of " + user.displayName());
        return new HorizontalLayout(role, reset, toggle);
    }

    private void openEditor() {
        new UserEditorDialog(users, organisations, null, grid.getDataProvider()::refreshAll).open();
    }
}

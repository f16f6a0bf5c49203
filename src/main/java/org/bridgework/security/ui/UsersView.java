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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.ui.LocalFormats;
import org.bridgework.security.Access;
import org.bridgework.security.UserAccountService;
import org.bridgework.security.UserSummary;


@Route("admin/users")
@Menu(order = 90, icon = "vaadin:users", title = "security.menu.users")
@RolesAllowed(Access.ADMIN)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAccountService users;
    private final OrganisationService organisations;
    private final TextField search = new TextField(getTranslation("security.users.find"));
    final Grid<UserSummary> grid = new Grid<>();

    UsersView(UserAccountService users, OrganisationService organisations) {
        this.users = users;
        this.organisations = organisations;
        setSizeFull();
        search.setPlaceholder(getTranslation("security.users.find-placeholder"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var add = new Button(getTranslation("security.users.add"), e -> openEditor());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new HorizontalLayout(search, add);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("security.users.name")).setAutoWidth(true);
        grid.addColumn(UserSummary::username).setHeader(getTranslation("security.users.username")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation("security.role." + u.role().name()))
                .setHeader(getTranslation("security.users.role")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.enabled() ? "security.users.active" : "security.users.disabled"))
                .setHeader(getTranslation("security.users.status"));
        grid.addColumn(u -> u.lastSignInAt() == null ? getTranslation("security.users.never")
                : LocalFormats.dateTime(u.lastSignInAt(), getLocale())).setHeader(getTranslation("security.users.last-sign-in"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("security.users.actions")).setAutoWidth(true);
        grid.setItems(q -> users.findUsers(search.getValue(), q.getOffset(), q.getLimit()).stream());
        grid.setAriaLabel(getTranslation("security.users.grid"));
        add(new H1(getTranslation("security.users.heading")), toolbar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.users.title");
    }

    private HorizontalLayout actions(UserSummary user) {
        var toggle = new Button(getTranslation(user.enabled() ? "security.users.disable" : "security.users.enable"), e -> {
            users.setEnabled(user.id(), !user.enabled());
            Notification.show(getTranslation(user.enabled() ? "security.users.disabled-done" : "security.users.enabled-done",
                    user.displayName()));
            grid.getDataProvider().refreshAll();
        });
        toggle.setAriaLabel(getTranslation(user.enabled() ? "security.users.disable-aria" : "security.users.enable-aria",
                user.displayName()));
        var reset = new Button(getTranslation("security.users.reset-password"), e -> new ResetPasswordDialog(users, user).open());
        reset.setAriaLabel(getTranslation("security.reset-password.heading", user.displayName()));
        var role = new Button(getTranslation("security.users.change-role"),
                e -> new UserEditorDialog(users, organisations, user, grid.getDataProvider()::refreshAll).open());
        role.setAriaLabel(getTranslation("security.user-editor.change-heading", user.displayName()));
        return new HorizontalLayout(role, reset, toggle);
    }

    private void openEditor() {
        new UserEditorDialog(users, organisations, null, grid.getDataProvider()::refreshAll).open();
    }
}

package org.bridgework.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.bridgework.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;

/** The shell. Its navigation lists only the views the signed-in role may open (MenuConfiguration checks access). */
@Layout
@PermitAll
public final class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication,
               @Value("${bridgework.council-name}") String councilName,
               @Value("${bridgework.council-logo}") String councilLogo) {
        setPrimarySection(Section.DRAWER);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        var title = new Span("Bridgework");
        title.addClassName("app-title");
        addToNavbar(true, toggle, title);
        addToDrawer(header(councilName, councilLogo), new Scroller(sideNav()), userMenu(currentUser, authentication));
    }

    private Component header(String councilName, String councilLogo) {
        var logo = new Image(councilLogo, getTranslation("accessibility.logo.alt", councilName));
        logo.addClassName("brand-logo");
        var name = new Span("Bridgework");
        name.addClassName("brand-name");
        var council = new Span(councilName);
        council.addClassName("brand-council");
        var header = new Div(logo, new Div(name, council));
        header.addClassName("brand");
        return header;
    }

    private static SideNav sideNav() {
        var nav = new SideNav();
        nav.setLabel("Main");
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() != null
                ? new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()))
                : new SideNavItem(entry.title(), entry.path());
    }

    private static Component userMenu(CurrentUser currentUser, AuthenticationContext authentication) {
        var user = currentUser.require();
        var avatar = new Avatar(user.displayName());
        var name = new Span(user.displayName());
        name.addClassName("user-name");
        var role = new Span(user.role().label());
        role.addClassName("user-role");
        var who = new Div(name, role);
        who.addClassName("user-who");
        var signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var box = new Div(new Div(avatar, who), signOut);
        box.addClassName("user-menu");
        return box;
    }
}

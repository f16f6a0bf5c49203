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
import org.bridgework.platform.MessageBundles;
import org.bridgework.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;

import java.util.Locale;

/** The shell. Its navigation lists only the views the signed-in role may open (MenuConfiguration checks access). */
@Layout
@PermitAll
public final class MainLayout extends AppLayout {

    private final MessageBundles bundles;

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, MessageBundles bundles,
               LanguageChoice languages, @Value("${bridgework.council-name}") String councilName,
               @Value("${bridgework.council-logo}") String councilLogo) {
        this.bundles = bundles;
        setPrimarySection(Section.DRAWER);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("platform.shell.menu"));
        var title = new Span(getTranslation("platform.brand"));
        title.addClassName("app-title");
        addToNavbar(true, toggle, title);
        addToDrawer(header(councilName, councilLogo), new Scroller(sideNav()), userMenu(currentUser, authentication, languages));
    }

    private Component header(String councilName, String councilLogo) {
        var logo = new Image(councilLogo, getTranslation("accessibility.logo.alt", councilName));
        logo.addClassName("brand-logo");
        var name = new Span(getTranslation("platform.brand"));
        name.addClassName("brand-name");
        var council = new Span(councilName);
        council.addClassName("brand-council");
        var header = new Div(logo, new Div(name, council));
        header.addClassName("brand");
        return header;
    }

    private SideNav sideNav() {
        var nav = new SideNav();
        nav.setLabel(getTranslation("platform.shell.navigation"));
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        String title = menuTitle(entry.title());
        return entry.icon() != null
                ? new SideNavItem(title, entry.path(), new Icon(entry.icon()))
                : new SideNavItem(title, entry.path());
    }

    private String menuTitle(String title) {
        return menuTitle(bundles, getLocale(), title);
    }

    /** Menu titles are message keys; a view not yet converted may still give plain text, shown as it is. */
    static String menuTitle(MessageBundles bundles, Locale locale, String title) {
        return title != null && bundles.hasKey(title) ? bundles.getTranslation(title, locale) : title;
    }

    private Component userMenu(CurrentUser currentUser, AuthenticationContext authentication, LanguageChoice languages) {
        var user = currentUser.require();
        var avatar = new Avatar(user.displayName());
        var name = new Span(user.displayName());
        name.addClassName("user-name");
        var role = new Span(getTranslation("security.role." + user.role().name()));
        role.addClassName("user-role");
        var who = new Div(name, role);
        who.addClassName("user-who");
        var signOut = new Button(getTranslation("platform.shell.sign-out"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var box = new Div(new Div(avatar, who), new LanguagePicker(languages), signOut);
        box.addClassName("user-menu");
        return box;
    }
}

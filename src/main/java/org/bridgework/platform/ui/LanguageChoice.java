package org.bridgework.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import org.bridgework.platform.MessageBundles;
import org.bridgework.security.CurrentUser;
import org.bridgework.security.UserAccountService;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a person reads Bridgework in. A signed-in person's choice lives on their account and is applied
 * once per sign-in; before signing in, a cookie remembers the last choice made on this device, so the sign-in
 * page greets them in it. Changing language redraws the page in place: nobody is signed out.
 */
@Component
public class LanguageChoice implements VaadinServiceInitListener {

    static final String COOKIE = "bridgework-language";
    private static final String APPLIED_FOR_USER = "bridgework.language-applied-for-user";
    private static final int COOKIE_SECONDS = (int) Duration.ofDays(365).toSeconds();

    private final CurrentUser currentUser;
    private final UserAccountService users;

    LanguageChoice(CurrentUser currentUser, UserAccountService users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> applyTo(init.getUI()));
    }

    void applyTo(UI ui) {
        var session = ui.getSession();
        var user = currentUser.get();
        if (user.isEmpty()) {
            session.setAttribute(APPLIED_FOR_USER, null);
            fromCookie().ifPresent(locale -> use(ui, locale));
            return;
        }
        Long id = user.get().id();
        if (!id.equals(session.getAttribute(APPLIED_FOR_USER))) {
            session.setAttribute(APPLIED_FOR_USER, id);
            users.myLanguage().or(LanguageChoice::fromCookie).ifPresent(locale -> use(ui, locale));
        } else {
            ui.setLocale(session.getLocale());
        }
    }

    /** Switches the current page, saves the choice on the account if signed in, and remembers it on this device. */
    public void change(Locale chosen) {
        var locale = MessageBundles.provided(chosen);
        if (currentUser.get().isPresent()) {
            users.setMyLanguage(locale);
        }
        rememberOnThisDevice(locale);
        var ui = UI.getCurrent();
        use(ui, locale);
        ui.refreshCurrentRoute(true);
    }

    private static void use(UI ui, Locale locale) {
        var provided = MessageBundles.provided(locale);
        ui.getSession().setLocale(provided);
        ui.setLocale(provided);
        // screen readers pronounce the page by its declared language
        ui.getPage().executeJs("document.documentElement.lang = $0", provided.getLanguage());
    }

    private static Optional<Locale> fromCookie() {
        var request = VaadinService.getCurrentRequest();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .map(c -> Locale.forLanguageTag(c.getValue())).filter(MessageBundles::isProvided);
    }

    private static void rememberOnThisDevice(Locale locale) {
        var response = VaadinService.getCurrentResponse();
        var request = VaadinService.getCurrentRequest();
        if (response == null) {
            return;
        }
        var cookie = new Cookie(COOKIE, locale.toLanguageTag());
        cookie.setPath(request == null || request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(COOKIE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}

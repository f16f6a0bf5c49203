package org.bridgework.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.bridgework.security.SignInGuard;
import org.bridgework.security.SignInLockedException;
import com.vaadin.flow.server.VaadinRequest;
import org.springframework.beans.factory.annotation.Value;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Bridgework")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    private final SignInGuard guard;

    LoginView(@Value("${bridgework.council-name}") String councilName,
              @Value("${bridgework.council-logo}") String councilLogo, SignInGuard guard) {
        this.guard = guard;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentModeCenter();
        var title = new H1("Bridgework");
        var council = new Paragraph(councilName + " community services");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        var logo = new Image(councilLogo, getTranslation("accessibility.logo.alt", councilName));
        logo.addClassName("login-logo");
        add(logo, title, council, login);
    }

    private void setJustifyContentModeCenter() {
        setJustifyContentMode(JustifyContentMode.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            var i18n = LoginI18n.createDefault();
            var error = new LoginI18n.ErrorMessage();
            if (wasLocked()) {
                error.setTitle("Signing in is paused");
                error.setMessage(SignInLockedException.MESSAGE);
            } else {
                error.setTitle("Username or password not recognised");
                error.setMessage("Check them and try again. After 10 failed tries, signing in pauses for 5 minutes.");
            }
            i18n.setErrorMessage(error);
            login.setI18n(i18n);
            login.setError(true);
        }
    }

    private boolean wasLocked() {
        var session = VaadinSession.getCurrent();
        if (session != null && session.getSession().getAttribute(SignInLockedException.SESSION_FLAG) != null) {
            return true;
        }
        var request = VaadinRequest.getCurrent();
        return request != null && guard.isAddressLocked(request.getRemoteAddr());
    }
}

package org.bridgework.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.bridgework.platform.ui.LanguageChoice;
import org.bridgework.platform.ui.LanguagePicker;
import org.bridgework.security.SignInGuard;
import org.springframework.beans.factory.annotation.Value;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    private final SignInGuard guard;

    LoginView(@Value("${bridgework.council-name}") String councilName,
              @Value("${bridgework.council-logo}") String councilLogo, SignInGuard guard, LanguageChoice languages) {
        this.guard = guard;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        var title = new H1(getTranslation("platform.brand"));
        var council = new Paragraph(getTranslation("security.login.council-services", councilName));
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(texts());
        var logo = new Image(councilLogo, getTranslation("accessibility.logo.alt", councilName));
        logo.addClassName("login-logo");
        add(logo, title, council, login, new LanguagePicker(languages));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            var i18n = texts();
            var error = new LoginI18n.ErrorMessage();
            if (wasLocked()) {
                error.setTitle(getTranslation("security.login.locked.title"));
                error.setMessage(getTranslation("security.login.locked.message"));
            } else {
                error.setTitle(getTranslation("security.login.not-recognised.title"));
                error.setMessage(getTranslation("security.login.not-recognised.message"));
            }
            i18n.setErrorMessage(error);
            login.setI18n(i18n);
            login.setError(true);
        }
    }

    private LoginI18n texts() {
        var i18n = LoginI18n.createDefault();
        var form = i18n.getForm();
        form.setTitle(getTranslation("security.login.form-title"));
        form.setUsername(getTranslation("security.login.username"));
        form.setPassword(getTranslation("security.login.password"));
        form.setSubmit(getTranslation("security.login.submit"));
        return i18n;
    }

    private boolean wasLocked() {
        var session = VaadinSession.getCurrent();
        if (session != null && session.getSession().getAttribute(org.bridgework.security.SignInLockedException.SESSION_FLAG) != null) {
            return true;
        }
        var request = VaadinRequest.getCurrent();
        return request != null && guard.isAddressLocked(request.getRemoteAddr());
    }
}

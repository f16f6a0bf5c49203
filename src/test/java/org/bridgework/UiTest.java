package org.bridgework;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import com.vaadin.flow.server.VaadinServletRequest;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.bridgework.security.UserAccountService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.HashSet;
import java.util.Set;

/**
 * Browserless UI tests (Karibu-Testing) over the real Spring context and database. {@link #signInAs}
 * signs in through Spring Security and tells the fake request who the user is, so that Vaadin's
 * route access control sees the same user as the services do.
 */
public abstract class UiTest extends IntegrationTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = discover();
        }
    }

    /** Karibu's own discovery skips package-private views; ours are package-private by design. */
    @SuppressWarnings("unchecked")
    private static Routes discover() {
        Set<Class<? extends Component>> views = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("org.bridgework").scan()) {
            scan.getClassesWithAnnotation(Route.class).loadClasses()
                    .forEach(c -> views.add((Class<? extends Component>) c));
            scan.getClassesImplementing(HasErrorParameter.class).loadClasses().stream()
                    .filter(c -> !java.lang.reflect.Modifier.isAbstract(c.getModifiers()))
                    .forEach(c -> errorViews.add((Class<? extends HasErrorParameter<?>>) c));
        }
        return new Routes(views, errorViews, true);
    }

    protected BridgeworkUser signInAs(Role role) {
        return signedIn(fixtures.signInAs(role));
    }

    protected BridgeworkUser signInAs(Role role, Long organisationId, Long residentId) {
        return signedIn(fixtures.signInAs(role, organisationId, residentId));
    }

    /** Signs in again as a user signed in earlier, in a new session: as after signing out and back in. */
    protected BridgeworkUser signInAgain(BridgeworkUser earlier) {
        var user = SystemUser.call(() -> context.getBean(UserAccountService.class).loadUserByUsername(earlier.getUsername()));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return signedIn(user);
    }

    /** A new session with nobody signed in, as on the sign-in page. */
    protected void openSignedOut() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    private BridgeworkUser signedIn(BridgeworkUser user) {
        MockVaadin.tearDown();
        var servlet = new MockSpringServlet(routes, context, UI::new);
        MockVaadin.setup(UI::new, servlet);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        return user;
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }
}

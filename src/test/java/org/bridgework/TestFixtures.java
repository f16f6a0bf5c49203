package org.bridgework;

import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.organisations.OrganisationType;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.NewUser;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.bridgework.security.UserAccountService;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates what a test needs, with unique names so that tests sharing one database never collide. */
@TestComponent
public class TestFixtures {

    public static final String PASSWORD = "correct-horse-battery-staple";
    private static final AtomicInteger counter = new AtomicInteger();

    private final UserAccountService users;
    private final OrganisationService organisations;
    private final ResidentService residents;

    TestFixtures(UserAccountService users, OrganisationService organisations, ResidentService residents) {
        this.users = users;
        this.organisations = organisations;
        this.residents = residents;
    }

    public static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + "x" + counter.incrementAndGet();
    }

    public OrganisationDetails organisation(String name) {
        return SystemUser.call(() -> organisations.save(new OrganisationDetails(null, 0, unique(name), OrganisationType.CHARITY,
                null, null, null, null, "E05009289", null, null, null, "Community groups", true, true, true)));
    }

    public ResidentSummary resident(String given, String family) {
        return SystemUser.call(() -> residents.create(new ResidentForm(null, 0, given, family, null,
                LocalDate.of(1980, 5, 17), null, null, "1 Golden Lane", null, "London", "EC1Y 0RN", "E05009288",
                null, null, "English", false, null, null, null, null)));
    }

    /** Creates a user with the role (and a partner organisation or resident where the role needs one) and signs in as them. */
    public BridgeworkUser signInAs(Role role) {
        Long org = role == Role.PARTNER ? organisation("Partner").id() : null;
        Long resident = role == Role.VOLUNTEER ? resident("Vol", unique("Unteer")).id() : null;
        return signInAs(role, org, resident);
    }

    public BridgeworkUser signInAs(Role role, Long organisationId, Long residentId) {
        String username = unique(role.name().toLowerCase().replace('_', '-'));
        SystemUser.run(() -> users.create(new NewUser(username, "Test " + role.label(), PASSWORD, role, organisationId, residentId)));
        var user = SystemUser.call(() -> users.loadUserByUsername(username));
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        return user;
    }
}

package org.bridgework.security;

import org.bridgework.IntegrationTest;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.ResidentFilter;
import org.bridgework.residents.ResidentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each role is refused at the service, whatever the UI shows, for something it may not do. */
class RoleAccessTest extends IntegrationTest {

    @Autowired
    UserAccountService users;
    @Autowired
    ResidentService residents;

    @Test
    void onlyAdministratorsManageUsers() {
        for (Role role : new Role[]{Role.MANAGER, Role.OFFICER, Role.FAMILY_WORKER, Role.PARTNER, Role.VOLUNTEER}) {
            fixtures.signInAs(role);
            assertThatThrownBy(() -> users.findUsers("", 0, 10)).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.create(new NewUser("intruder", "Intruder", "a-long-enough-password", Role.ADMIN, null, null)))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        fixtures.signInAs(Role.ADMIN);
        assertThat(users.findUsers("", 0, 10)).isNotEmpty();
    }

    @Test
    void volunteersAndPartnersCannotSearchAllResidents() {
        fixtures.signInAs(Role.VOLUNTEER);
        assertThatThrownBy(() -> residents.search(ResidentFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        fixtures.signInAs(Role.PARTNER);
        assertThatThrownBy(() -> residents.search(ResidentFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        fixtures.signInAs(Role.OFFICER);
        assertThat(residents.search(ResidentFilter.none(), 0, 10)).isNotNull();
    }

    @Test
    void passwordPolicyRefusesShortAndCommonPasswords() {
        fixtures.signInAs(Role.ADMIN);
        assertThatThrownBy(() -> users.create(new NewUser(TestFixtures2.name(), "Short", "short", Role.OFFICER, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("password")).contains("at least 12 characters"));
        assertThatThrownBy(() -> users.create(new NewUser(TestFixtures2.name(), "Common", "password1234", Role.OFFICER, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("password")).contains("too common"));
    }

    @Test
    void partnersMustBelongToAnOrganisationAndVolunteersToAResident() {
        fixtures.signInAs(Role.ADMIN);
        assertThatThrownBy(() -> users.create(new NewUser(TestFixtures2.name(), "P", "a-long-enough-password", Role.PARTNER, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("organisation"));
        assertThatThrownBy(() -> users.create(new NewUser(TestFixtures2.name(), "V", "a-long-enough-password", Role.VOLUNTEER, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("resident"));
    }

    @Test
    void passwordsAreStoredHashedNeverInPlainText() {
        fixtures.signInAs(Role.ADMIN);
        var created = users.create(new NewUser(TestFixtures2.name(), "Hashed", "a-long-enough-password", Role.OFFICER, null, null));
        var principal = org.bridgework.security.SystemUser.call(() -> users.loadUserByUsername(created.username()));
        assertThat(principal.getPassword()).startsWith("{bcrypt}").doesNotContain("a-long-enough-password");
    }

    private static final class TestFixtures2 {
        static String name() {
            return org.bridgework.TestFixtures.unique("user");
        }
    }
}

package org.bridgework.security;

import org.bridgework.IntegrationTest;
import org.bridgework.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MachineAccountTest extends IntegrationTest {

    @Autowired
    UserAccountService users;

    @Test
    void aMachineAccountIsMadeOnceWithItsRoleAndWorkRunsAsIt() {
        String username = TestFixtures.unique("machine");
        var first = SystemUser.call(() -> users.machineAccount(username, "Drill officer", Role.OFFICER, null, null));
        var again = SystemUser.call(() -> users.machineAccount(username, "Drill officer", Role.OFFICER, null, null));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.role()).isEqualTo(Role.OFFICER);
        assertThat(RunAs.call(first, () -> SecurityContextHolder.getContext().getAuthentication().getName()))
                .isEqualTo(username);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("the caller's own sign-in is back").isNull();
    }

    @Test
    void onlyAnAdministratorMakesOne() {
        fixtures.signInAs(Role.OFFICER);
        assertThatThrownBy(() -> users.machineAccount(TestFixtures.unique("machine"), "x", Role.ADMIN, null, null))
                .isInstanceOf(AccessDeniedException.class);
    }
}

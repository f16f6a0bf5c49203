package org.bridgework.security;

import org.bridgework.IntegrationTest;
import org.bridgework.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignInLockoutTest extends IntegrationTest {

    @Autowired
    GuardedAuthenticationProvider provider;
    @Autowired
    JdbcClient jdbc;

    @Test
    void tenFailuresLockTheAccountEvenForTheRightPassword() {
        var user = fixtures.signInAs(Role.OFFICER);
        String address = "10.0.0." + (int) (Math.random() * 200);
        for (int i = 0; i < 10; i++) {
            int n = i;
            assertThatThrownBy(() -> provider.authenticate(attempt(user.getUsername(), "wrong-password-" + n, "192.0.2." + (n + 1))))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(attempt(user.getUsername(), TestFixtures.PASSWORD, address)))
                .isInstanceOf(SignInLockedException.class)
                .hasMessageContaining("paused for 5 minutes");
        assertThat(outcomes(user.getUsername())).containsEntry("FAILURE", 10).containsEntry("LOCKED", 1);
    }

    @Test
    void tenFailuresFromOneAddressLockThatAddressForOtherAccounts() {
        var victim = fixtures.signInAs(Role.MANAGER);
        String address = "198.51.100." + (int) (Math.random() * 200);
        for (int i = 0; i < 10; i++) {
            String guessed = TestFixtures.unique("nobody");
            assertThatThrownBy(() -> provider.authenticate(attempt(guessed, "guess", address)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(attempt(victim.getUsername(), TestFixtures.PASSWORD, address)))
                .isInstanceOf(SignInLockedException.class);
        var elsewhere = provider.authenticate(attempt(victim.getUsername(), TestFixtures.PASSWORD, "203.0.113.9"));
        assertThat(elsewhere.isAuthenticated()).isTrue();
    }

    @Test
    void successfulSignInIsLoggedAndRecordsLastSignIn() {
        var user = fixtures.signInAs(Role.OFFICER);
        var result = provider.authenticate(attempt(user.getUsername(), TestFixtures.PASSWORD, "203.0.113.10"));
        assertThat(result.getPrincipal()).isInstanceOf(BridgeworkUser.class);
        assertThat(outcomes(user.getUsername())).containsEntry("SUCCESS", 1);
        var last = jdbc.sql("select last_sign_in_at from app_user where username = ?").param(user.getUsername())
                .query(java.sql.Timestamp.class).single();
        assertThat(last).isNotNull();
    }

    @Test
    void disabledUsersCannotSignIn() {
        var admin = fixtures.signInAs(Role.ADMIN);
        var user = fixtures.signInAs(Role.OFFICER);
        jdbc.sql("update app_user set enabled = false where username = ?").param(user.getUsername()).update();
        assertThatThrownBy(() -> provider.authenticate(attempt(user.getUsername(), TestFixtures.PASSWORD, "203.0.113.11")))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);
        assertThat(admin).isNotNull();
    }

    private java.util.Map<String, Integer> outcomes(String username) {
        var map = new java.util.HashMap<String, Integer>();
        jdbc.sql("select outcome, count(*) from sign_in_event where username = ? group by outcome").param(username)
                .query((rs, n) -> map.put(rs.getString(1), rs.getInt(2))).list();
        return map;
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }
}

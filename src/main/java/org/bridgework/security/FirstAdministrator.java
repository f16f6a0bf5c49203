package org.bridgework.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * In production there is no default password. The first administrator comes from
 * BRIDGEWORK_ADMIN_USERNAME and BRIDGEWORK_ADMIN_PASSWORD, or else gets a generated password printed once.
 */
@Component
@Order(1)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountService users;
    private final boolean demo;
    private final String username;
    private final String password;

    FirstAdministrator(UserAccountService users, @Value("${bridgework.demo-data.enabled}") boolean demo,
                       @Value("${BRIDGEWORK_ADMIN_USERNAME:administrator}") String username,
                       @Value("${BRIDGEWORK_ADMIN_PASSWORD:}") String password) {
        this.users = users;
        this.demo = demo;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo || users.hasAnyUser()) {
            return;
        }
        boolean generated = password.isBlank();
        String chosen = generated ? generate() : password;
        SystemUser.run(() -> users.create(new NewUser(username, "Administrator", chosen, Role.ADMIN, null, null)));
        if (generated) {
            // printed once, to the console only; it is not kept anywhere
            System.out.println("\n  First administrator created. Username: " + username + "  Password: " + chosen
                    + "\n  Sign in and change it now: it will not be shown again.\n");
        } else {
            log.info("First administrator '{}' created from the environment", username);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

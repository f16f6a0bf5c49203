package org.bridgework.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.Supplier;

/**
 * Start-up work (demo data, the first administrator, scheduled jobs) runs as this administrator,
 * so that it passes through the same guarded services as a person, and the audit trail names it.
 */
public final class SystemUser {

    public static final String USERNAME = "system";

    private static final BridgeworkUser SYSTEM =
            new BridgeworkUser(0, USERNAME, "Bridgework (system)", Role.ADMIN, null, null, true, null);

    private SystemUser() {
    }

    public static <T> T call(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null, SYSTEM.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}

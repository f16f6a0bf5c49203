package org.bridgework.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.Supplier;

/**
 * Work done on someone's behalf outside a request (start-up, drills, benchmarks), so that it passes through the
 * same guarded services and the audit trail names them. The caller's own sign-in is back afterwards.
 */
public final class RunAs {

    private RunAs() {
    }

    public static <T> T call(BridgeworkUser user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}

package org.bridgework.faults;

import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.SystemUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.Supplier;

/** Runs drill work as a given user, so that it passes the same method security as a person at a screen. */
final class Drill {

    private Drill() {
    }

    static <T> T as(BridgeworkUser user, Supplier<T> work) {
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

    static <T> T asSystem(Supplier<T> work) {
        return SystemUser.call(work);
    }
}

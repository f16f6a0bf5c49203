package org.bridgework.security;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The signed-in user, for services that scope their queries to a partner or a volunteer. */
@Component
public class CurrentUser {

    public Optional<BridgeworkUser> get() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof BridgeworkUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public BridgeworkUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    public String usernameOrSystem() {
        return get().map(BridgeworkUser::getUsername).orElse("system");
    }
}

package org.bridgework.funding;

import org.bridgework.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Whose grants the signed-in user may see: a partner only those its own organisation received, staff every one. */
@Component
class GrantScope {

    static final String READERS = "hasAnyRole('ADMIN','MANAGER','OFFICER','PARTNER')";

    private final CurrentUser currentUser;

    GrantScope(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The recipient a partner is limited to, or null for council staff. */
    Long recipientLimit() {
        var user = currentUser.require();
        if (user.isPartner()) {
            return user.organisationId().orElseThrow(() -> new AccessDeniedException("This partner account has no organisation"));
        }
        return null;
    }

    String username() {
        return currentUser.usernameOrSystem();
    }
}

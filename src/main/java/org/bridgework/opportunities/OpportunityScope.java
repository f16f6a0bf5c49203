package org.bridgework.opportunities;

import org.bridgework.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Which organisation's opportunities the signed-in user may manage: a partner only its own, staff every one. */
@Component
class OpportunityScope {

    static final String MANAGERS_OF_OPPORTUNITIES = "hasAnyRole('ADMIN','MANAGER','OFFICER','PARTNER')";
    static final String OPPORTUNITY_STAFF = "hasAnyRole('ADMIN','MANAGER','OFFICER')";

    private final CurrentUser currentUser;

    OpportunityScope(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The organisation a partner is limited to, or null for staff (no limit). */
    Long organisationLimit() {
        var user = currentUser.require();
        if (user.isPartner()) {
            return user.organisationId().orElseThrow(() -> new AccessDeniedException("This partner account has no organisation"));
        }
        return null;
    }

    void checkMayManage(long organisationId) {
        Long limit = organisationLimit();
        if (limit != null && limit != organisationId) {
            throw new AccessDeniedException("Partners manage only their own organisation's opportunities");
        }
    }

    /** A partner asking for something outside its organisation is refused; for staff it simply does not exist. */
    RuntimeException missing(String field, String message) {
        return organisationLimit() != null
                ? new AccessDeniedException("Not one of this partner's opportunities")
                : org.bridgework.platform.InvalidInputException.of(field, message);
    }

    String username() {
        return currentUser.usernameOrSystem();
    }
}

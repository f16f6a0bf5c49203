package org.bridgework.activities;

import org.bridgework.consent.ConsentService;
import org.bridgework.security.SystemUser;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Messages follow the consent recorded in the consent feature. Deciding whether to send is the system's
 * decision, not a disclosure to whoever made the booking, so it is asked as the system user.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RecordedContactConsent implements ContactConsent {

    private final ConsentService consents;

    RecordedContactConsent(ConsentService consents) {
        this.consents = consents;
    }

    @Override
    public boolean mayContact(long residentId) {
        return SystemUser.call(() -> consents.hasContactConsent(residentId));
    }
}

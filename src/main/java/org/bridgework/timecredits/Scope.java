package org.bridgework.timecredits;

import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Whose data the signed-in user may touch: always taken from the session, never from what a caller passes in. */
@Component
class Scope {

    private final CurrentUser currentUser;

    Scope(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    BridgeworkUser user() {
        return currentUser.require();
    }

    long volunteerResidentId() {
        var user = user();
        if (!user.isVolunteer()) {
            throw new AccessDeniedException("Only a volunteer has a Time Credits account of their own.");
        }
        return user.residentId().orElseThrow(() ->
                new AccessDeniedException("Your sign-in is not linked to a resident record; ask an officer to link it."));
    }

    /** The partner's organisation, or null for council staff who see every partner. */
    Long partnerOrganisationOrNull() {
        var user = user();
        if (user.isPartner()) {
            return user.organisationId().orElseThrow(() ->
                    new AccessDeniedException("Your sign-in is not linked to a partner organisation."));
        }
        if (user.isVolunteer()) {
            throw new AccessDeniedException("Volunteers see only their own account.");
        }
        return null;
    }
}

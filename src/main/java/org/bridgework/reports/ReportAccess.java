package org.bridgework.reports;

import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.CurrentUser;
import org.bridgework.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whose figures the signed-in user may see. A partner always gets their own organisation's scope; asking for
 * another's is refused. Nothing ties an officer to programmes, so officers see the whole report but without the
 * equality breakdowns, which stay with managers, administrators and (for their own work) partners.
 */
@Component
class ReportAccess {

    private final CurrentUser currentUser;

    ReportAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    ReportScope scope(ReportScope requested) {
        BridgeworkUser user = currentUser.require();
        if (!user.isPartner()) {
            return requested == null ? ReportScope.everything() : requested;
        }
        long own = user.organisationId().orElseThrow(() -> new AccessDeniedException("No organisation"));
        if (requested != null && !requested.isWhole() && requested.organisationId() != own) {
            throw new AccessDeniedException("Partner staff see only their own organisation's figures.");
        }
        return ReportScope.organisation(own);
    }

    boolean mayBreakDown(Breakdown breakdown) {
        return !breakdown.equality() || !currentUser.require().hasRole(Role.OFFICER);
    }

    void requireMayBreakDown(Breakdown breakdown) {
        if (!mayBreakDown(breakdown)) {
            throw new AccessDeniedException("Equality breakdowns are not available to officers.");
        }
    }
}

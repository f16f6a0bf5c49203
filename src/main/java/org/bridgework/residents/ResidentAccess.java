package org.bridgework.residents;

import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Which residents the signed-in user may see beyond the role check: a partner only those the consent
 * feature's {@link PartnerVisibility} allows (none when it is absent), a volunteer only themselves.
 */
@Component
class ResidentAccess {

    private final CurrentUser currentUser;
    private final ObjectProvider<PartnerVisibility> visibility;

    ResidentAccess(CurrentUser currentUser, ObjectProvider<PartnerVisibility> visibility) {
        this.currentUser = currentUser;
        this.visibility = visibility;
    }

    void checkMaySee(long residentId) {
        var user = currentUser.get().orElse(null);
        if (user == null || user.isVolunteer() && user.residentId().filter(id -> id == residentId).isEmpty()
                || user.isPartner() && !partnerMaySee(user, residentId)) {
            throw new AccessDeniedException("You cannot see this resident's record.");
        }
    }

    boolean isVolunteerOtherThan(long residentId) {
        return currentUser.get().filter(BridgeworkUser::isVolunteer)
                .map(u -> u.residentId().filter(id -> id == residentId).isEmpty()).orElse(false);
    }

    boolean isPartner() {
        return currentUser.get().map(BridgeworkUser::isPartner).orElse(false);
    }

    /**
     * For partners, a WHERE condition on the resident id column limiting rows to those the partner may see,
     * and its parameter added to {@code params}; for everyone else an always-true condition.
     */
    String partnerCondition(String residentIdColumn, List<Object> params) {
        var user = currentUser.get().orElse(null);
        if (user == null || !user.isPartner()) {
            return "1=1";
        }
        var rule = visibility.getIfAvailable();
        if (rule == null || user.organisationId().isEmpty()) {
            return "1=0";
        }
        params.add(user.organisationId().get());
        return "(" + rule.sqlCondition(residentIdColumn) + ")";
    }

    private boolean partnerMaySee(BridgeworkUser user, long residentId) {
        var rule = visibility.getIfAvailable();
        return rule != null && user.organisationId().map(org -> rule.canSee(org, residentId)).orElse(false);
    }
}

package org.bridgework.activities;

import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Partner staff see and manage only what their own organisation delivers; everything here feeds a WHERE clause. */
@Component
class ActivityScope {

    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    ActivityScope(CurrentUser currentUser, JdbcClient jdbc) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** The organisation a partner user is limited to; empty for council staff. */
    Optional<Long> partnerOrganisation() {
        BridgeworkUser user = currentUser.require();
        if (!user.isPartner()) {
            return Optional.empty();
        }
        return Optional.of(user.organisationId().orElseThrow(() -> new AccessDeniedException("No organisation")));
    }

    /** " and {column} = ?" with its parameter for partners; "" for staff. -1 matches no organisation. */
    String condition(String column) {
        return partnerOrganisation().isPresent() ? " and " + column + " = " + partnerOrganisation().get() : "";
    }

    void requireMayManage(long deliveringOrgId) {
        partnerOrganisation().filter(org -> org != deliveringOrgId).ifPresent(org -> {
            throw new AccessDeniedException("This activity is delivered by another organisation.");
        });
    }

    /** The delivering organisation of a session the user may manage; refuses others' sessions outright. */
    long requireSession(long sessionId) {
        Long org = jdbc.sql("select a.delivering_org_id from activity_session s join activity a on a.id = s.activity_id where s.id = ?")
                .param(sessionId).query(Long.class).optional()
                .orElseThrow(() -> new AccessDeniedException("No such session."));
        requireMayManage(org);
        return org;
    }

    String username() {
        return currentUser.usernameOrSystem();
    }
}

package org.bridgework.families;

import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.CurrentUser;
import org.bridgework.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Who may see which case, written once as SQL conditions that every query of this feature includes:
 * family workers and managers see every case; a partner sees only cases referred to its organisation
 * (offered or accepted); anyone else sees none. Restricted notes are for the lead worker and managers.
 */
@Component
class CaseAccess {

    /** A WHERE-clause fragment and its parameters. */
    record Scope(String sql, List<Object> params) {
        Scope and(Scope other) {
            var p = new ArrayList<>(params);
            p.addAll(other.params);
            return new Scope("(" + sql + ") and (" + other.sql + ")", p);
        }
    }

    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    CaseAccess(CurrentUser currentUser, JdbcClient jdbc) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    BridgeworkUser user() {
        return currentUser.require();
    }

    boolean isCaseworker() {
        return currentUser.get().map(u -> u.hasRole(Role.MANAGER, Role.FAMILY_WORKER)).orElse(false);
    }

    boolean isPartner() {
        return currentUser.get().map(BridgeworkUser::isPartner).orElse(false);
    }

    Scope cases(String caseAlias) {
        return cases(caseAlias, "'OFFERED','ACCEPTED'");
    }

    /** Cases a partner is working on (accepted), where it may add notes and sessions. */
    Scope casesPartnerWorksOn(String caseAlias) {
        return cases(caseAlias, "'ACCEPTED'");
    }

    private Scope cases(String caseAlias, String partnerStatuses) {
        var user = currentUser.get().orElse(null);
        if (user == null) {
            return new Scope("1 = 0", List.of());
        }
        if (user.hasRole(Role.MANAGER, Role.FAMILY_WORKER)) {
            return new Scope("1 = 1", List.of());
        }
        if (user.isPartner() && user.organisationId().isPresent()) {
            return new Scope("exists (select 1 from family_partner_referral pr where pr.case_id = " + caseAlias
                    + ".id and pr.organisation_id = ? and pr.status in (" + partnerStatuses + "))",
                    List.of(user.organisationId().get()));
        }
        return new Scope("1 = 0", List.of());
    }

    /** Restricted notes: only the lead worker (and the note's own author) and managers; never partners. */
    Scope notes(String noteAlias, String caseAlias) {
        var user = currentUser.require();
        if (user.hasRole(Role.MANAGER)) {
            return new Scope("1 = 1", List.of());
        }
        if (user.hasRole(Role.FAMILY_WORKER)) {
            return new Scope(noteAlias + ".restricted = false or " + caseAlias + ".lead_worker_id = ? or "
                    + noteAlias + ".author = ?", List.of(user.id(), user.getUsername()));
        }
        return new Scope(noteAlias + ".restricted = false", List.of());
    }

    void requireVisible(long caseId) {
        require(caseId, cases("c"));
    }

    void requirePartnerWorking(long caseId) {
        require(caseId, casesPartnerWorksOn("c"));
    }

    private void require(long caseId, Scope scope) {
        var params = new ArrayList<Object>();
        params.add(caseId);
        params.addAll(scope.params());
        boolean visible = jdbc.sql("select count(*) from family_case c where c.id = ? and (" + scope.sql() + ")")
                .params(params).query(Long.class).single() > 0;
        if (!visible) {
            // the same answer whether the case does not exist or is not yours: no hint that it exists
            throw new AccessDeniedException("This family case is not available to you.");
        }
    }

    void requireCaseworker() {
        if (!isCaseworker()) {
            throw new AccessDeniedException("Only family workers and managers may do this.");
        }
    }
}

package org.bridgework.timecredits;

import org.bridgework.audit.AuditService;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Access;
import org.bridgework.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

@Service
public class PolicyService {

    private final JdbcClient jdbc;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final OrganisationService organisations;
    private final Clock clock;

    PolicyService(JdbcClient jdbc, AuditService audit, CurrentUser currentUser, OrganisationService organisations, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.organisations = organisations;
        this.clock = clock;
    }

    @PreAuthorize(Access.ANY_USER)
    @Transactional(readOnly = true)
    public Policy current() {
        return load();
    }

    Policy load() {
        return jdbc.sql("select version, expiry_months, max_gift_credits, redemption_cap_per_visit, default_monthly_budget from tc_policy where id = 1")
                .query((rs, n) -> new Policy(rs.getLong(1), (Integer) rs.getObject(2, Integer.class), rs.getInt(3),
                        rs.getObject(4, Integer.class), rs.getObject(5, Integer.class)))
                .single();
    }

    @PreAuthorize(Access.ADMINS)
    @Transactional
    public Policy save(Policy p) {
        new InvalidInputException.Collector()
                .check(p.expiryMonths() == null || (p.expiryMonths() >= 1 && p.expiryMonths() <= 120), "expiryMonths",
                        "Enter between 1 and 120 months, or leave empty so that credits never expire.")
                .check(p.maxGiftCredits() >= 1, "maxGiftCredits", "A gift must be allowed at least 1 credit.")
                .check(p.redemptionCapPerVisit() == null || p.redemptionCapPerVisit() >= 1, "redemptionCapPerVisit",
                        "Enter at least 1 credit, or leave empty for no cap.")
                .check(p.defaultMonthlyBudget() == null || p.defaultMonthlyBudget() >= 0, "defaultMonthlyBudget",
                        "A budget cannot be negative. Leave it empty for no budget.")
                .throwIfAny();
        var before = load();
        int updated = jdbc.sql("""
                        update tc_policy set version = version + 1, expiry_months = ?, max_gift_credits = ?,
                               redemption_cap_per_visit = ?, default_monthly_budget = ?, updated_by = ?, updated_at = ?
                        where id = 1 and version = ?""")
                .params(p.expiryMonths(), p.maxGiftCredits(), p.redemptionCapPerVisit(), p.defaultMonthlyBudget(),
                        currentUser.usernameOrSystem(), clock.instant(), p.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException("The Time Credits policy", List.of());
        }
        audit.recordChange("TIME_CREDITS_POLICY", 1L, null, before + " -> " + p);
        return load();
    }

    @PreAuthorize(Access.ADMINS)
    @Transactional
    public void setBudget(long organisationId, Integer monthlyBudget) {
        OrganisationDetails org = organisations.find(organisationId)
                .orElseThrow(() -> InvalidInputException.of("organisation", "That organisation no longer exists."));
        if (!org.earnPartner()) {
            throw InvalidInputException.of("organisation", org.name() + " is not an earn partner, so it issues no credits.");
        }
        if (monthlyBudget == null) {
            jdbc.sql("delete from tc_partner_budget where organisation_id = ?").param(organisationId).update();
        } else {
            if (monthlyBudget < 0) {
                throw InvalidInputException.of("monthlyBudget", "A budget cannot be negative.");
            }
            jdbc.sql("""
                            insert into tc_partner_budget (organisation_id, monthly_budget, updated_by, updated_at) values (?, ?, ?, ?)
                            on duplicate key update monthly_budget = values(monthly_budget), updated_by = values(updated_by),
                                                    updated_at = values(updated_at)""")
                    .params(organisationId, monthlyBudget, currentUser.usernameOrSystem(), clock.instant()).update();
        }
        audit.recordChange("TIME_CREDITS_BUDGET", organisationId, null, org.name() + ": " + monthlyBudget);
    }

    @PreAuthorize(Access.ADMINS)
    @Transactional(readOnly = true)
    public List<PartnerBudget> budgets() {
        return jdbc.sql("select organisation_id, monthly_budget from tc_partner_budget order by organisation_id")
                .query((rs, n) -> new PartnerBudget(rs.getLong(1),
                        organisations.find(rs.getLong(1)).map(OrganisationDetails::name).orElse("(removed)"), rs.getInt(2)))
                .list();
    }

    /** The partner's own budget, else the programme's default; empty when issuing is unlimited. */
    Optional<Integer> budgetFor(long organisationId) {
        var own = jdbc.sql("select monthly_budget from tc_partner_budget where organisation_id = ?")
                .param(organisationId).query(Integer.class).optional();
        return own.isPresent() ? own : Optional.ofNullable(load().defaultMonthlyBudget());
    }
}

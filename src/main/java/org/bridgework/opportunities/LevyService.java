package org.bridgework.opportunities;

import org.bridgework.audit.AuditService;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Levy transfers between employers, so that the City's unspent levy funds apprenticeships at smaller firms. */
@Service
public class LevyService {

    private final JdbcClient jdbc;
    private final OpportunityService opportunities;
    private final OrganisationService organisations;
    private final OpportunityScope scope;
    private final AuditService audit;

    LevyService(JdbcClient jdbc, OpportunityService opportunities, OrganisationService organisations, OpportunityScope scope,
                AuditService audit) {
        this.jdbc = jdbc;
        this.opportunities = opportunities;
        this.organisations = organisations;
        this.scope = scope;
        this.audit = audit;
    }

    @PreAuthorize(OpportunityScope.OPPORTUNITY_STAFF)
    @Transactional
    public LevyPledge pledge(LevyPledge p) {
        var errors = new InvalidInputException.Collector()
                .check(p.pledgingOrganisationId() != p.receivingOrganisationId(), "receivingOrganisationId",
                        "An employer cannot pledge levy to itself.")
                .check(p.amountPledgedPounds() > 0, "amountPledgedPounds", "Enter the amount pledged, in pounds.")
                .check(p.amountUsedPounds() >= 0 && p.amountUsedPounds() <= p.amountPledgedPounds(), "amountUsedPounds",
                        "The amount used must be between nothing and the amount pledged.")
                .check(p.pledgedOn() != null, "pledgedOn", "Enter the date of the pledge.");
        for (long id : p.apprenticeshipIds()) {
            var o = opportunities.find(id);
            errors.check(o.isPresent() && o.get().type() == OpportunityType.APPRENTICESHIP, "apprenticeshipIds",
                    "Levy can fund only apprenticeships.");
        }
        errors.throwIfAny();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into levy_pledge (pledging_organisation_id, receiving_organisation_id, amount_pledged_pounds,"
                        + " amount_used_pounds, pledged_on, recorded_by) values (:from, :to, :pledged, :used, :on, :by)")
                .param("from", p.pledgingOrganisationId()).param("to", p.receivingOrganisationId())
                .param("pledged", p.amountPledgedPounds()).param("used", p.amountUsedPounds()).param("on", p.pledgedOn())
                .param("by", scope.username()).update(keys);
        long id = keys.getKey().longValue();
        for (long opp : p.apprenticeshipIds().stream().distinct().toList()) {
            jdbc.sql("insert into levy_pledge_opportunity (pledge_id, opportunity_id) values (:p, :o)").param("p", id).param("o", opp).update();
        }
        audit.recordCreate("LEVY_PLEDGE", id, null, "£" + p.amountPledgedPounds());
        return new LevyPledge(id, p.pledgingOrganisationId(), p.receivingOrganisationId(), p.amountPledgedPounds(),
                p.amountUsedPounds(), p.pledgedOn(), p.apprenticeshipIds());
    }

    @PreAuthorize(OpportunityScope.OPPORTUNITY_STAFF)
    @Transactional
    public void recordUse(long pledgeId, int amountUsedPounds) {
        int updated = jdbc.sql("update levy_pledge set amount_used_pounds = :used where id = :id and :used between 0 and amount_pledged_pounds")
                .param("used", amountUsedPounds).param("id", pledgeId).update();
        if (updated == 0) {
            throw InvalidInputException.of("amountUsedPounds", "The amount used must be between nothing and the amount pledged.");
        }
        audit.recordChange("LEVY_PLEDGE", pledgeId, null, "Used £" + amountUsedPounds);
    }

    @PreAuthorize(Access.MANAGERS)
    @Transactional(readOnly = true)
    public List<LevyUse> usedAgainstPledged() {
        return jdbc.sql("select pledging_organisation_id, sum(amount_pledged_pounds), sum(amount_used_pounds), count(*)"
                        + " from levy_pledge group by pledging_organisation_id order by sum(amount_pledged_pounds) desc limit 500")
                .query((rs, n) -> new LevyUse(rs.getLong(1), organisations.find(rs.getLong(1)).map(OrganisationDetails::name).orElse("Unknown"),
                        rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    @PreAuthorize(OpportunityScope.OPPORTUNITY_STAFF)
    @Transactional(readOnly = true)
    public boolean anyPledgeFrom(long organisationId) {
        return jdbc.sql("select count(*) from levy_pledge where pledging_organisation_id = :o").param("o", organisationId)
                .query(Long.class).single() > 0;
    }
}

package org.bridgework.funding;

import org.bridgework.audit.AuditService;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.FieldChange;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The register of grants and commissions awarded to partner organisations. Managers and administrators record them;
 * officers read every one; a partner reads only the grants its own organisation received (in the where clause).
 */
@Service
public class GrantService {

    private final JdbcClient jdbc;
    private final GrantScope scope;
    private final GrantRules rules;
    private final FundingSettings settings;
    private final OrganisationService organisations;
    private final AuditService audit;
    private final Clock clock;

    GrantService(JdbcClient jdbc, GrantScope scope, GrantRules rules, FundingSettings settings,
                 OrganisationService organisations, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.rules = rules;
        this.settings = settings;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new grant: in pounds, awarded today, from the council (or the configured funder). */
    @PreAuthorize(Access.MANAGERS)
    public Grant newGrant() {
        return new Grant(null, 0, "", "", null, "GBP", LocalDate.now(clock), null, null, "",
                settings.defaultFunderIdentifier, settings.defaultFunderName, null, null, null, List.of(), null, null);
    }

    /** The identifier the grant carries in 360Giving data: the publisher's prefix and the internal id. */
    @PreAuthorize(GrantScope.READERS)
    public String grantIdentifier(long id) {
        return settings.grantIdentifier(id);
    }

    @PreAuthorize(GrantScope.READERS)
    @Transactional(readOnly = true)
    public List<Grant> page(GrantFilter filter, int offset, int limit) {
        var where = new StringBuilder(" where 1 = 1");
        var params = new HashMap<String, Object>();
        GrantRows.where(filter, scope.recipientLimit(), where, params);
        params.put("limit", Math.max(1, limit));
        params.put("offset", Math.max(0, offset));
        return jdbc.sql("select " + GrantRows.COLUMNS + " from grant_award g" + where
                        + " order by g.award_date desc, g.id desc limit :limit offset :offset")
                .params(params).query(GrantRows.MAPPER).list();
    }

    @PreAuthorize(GrantScope.READERS)
    @Transactional(readOnly = true)
    public long count(GrantFilter filter) {
        var where = new StringBuilder(" where 1 = 1");
        var params = new HashMap<String, Object>();
        GrantRows.where(filter, scope.recipientLimit(), where, params);
        return jdbc.sql("select count(*) from grant_award g" + where).params(params).query(Long.class).single();
    }

    /** Empty when there is no such grant or, for a partner, when another organisation received it. */
    @PreAuthorize(GrantScope.READERS)
    @Transactional(readOnly = true)
    public Optional<Grant> find(long id) {
        Long limit = scope.recipientLimit();
        return jdbc.sql("select " + GrantRows.COLUMNS + " from grant_award g where g.id = :id"
                        + (limit == null ? "" : " and g.recipient_organisation_id = :limit"))
                .param("id", id).params(limit == null ? Map.of() : Map.of("limit", limit))
                .query(GrantRows.MAPPER).optional();
    }

    /** The funding programmes grants have been recorded under, for filters and suggestions. */
    @PreAuthorize(GrantScope.READERS)
    @Transactional(readOnly = true)
    public List<String> programmes() {
        Long limit = scope.recipientLimit();
        return jdbc.sql("select distinct programme from grant_award g"
                        + (limit == null ? "" : " where g.recipient_organisation_id = :limit") + " order by programme")
                .params(limit == null ? Map.of() : Map.of("limit", limit)).query(String.class).list();
    }

    @PreAuthorize(Access.MANAGERS)
    @Transactional
    public Grant save(Grant form) {
        var recipient = form.recipientOrganisationId() == null ? Optional.<org.bridgework.organisations.OrganisationDetails>empty()
                : organisations.find(form.recipientOrganisationId());
        rules.check(form, recipient);
        var org = recipient.orElseThrow();
        var wards = new TreeSet<>(form.wardCodes());
        var params = new HashMap<String, Object>();
        params.put("title", form.title().trim());
        params.put("description", form.description().trim());
        params.put("amount", form.amountAwarded().setScale(2));
        params.put("currency", form.currency().trim());
        params.put("awardDate", form.awardDate());
        params.put("start", form.plannedStart());
        params.put("end", form.plannedEnd());
        params.put("programme", form.programme().trim());
        params.put("funderId", form.funderIdentifier().trim());
        params.put("funderName", form.funderName().trim());
        params.put("recipient", org.id());
        params.put("recipientId", org.orgIdentifier());
        params.put("recipientName", org.name());
        params.put("lsoa", GrantRules.present(form.lsoaCode()) ? form.lsoaCode().trim() : null);
        params.put("strategy", form.strategyProgrammeId());
        params.put("now", Timestamp.from(clock.instant()));
        params.put("by", scope.username());
        long id;
        if (form.id() == null) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into grant_award (title, description, amount_awarded, currency, award_date, planned_start,
                      planned_end, programme, funder_identifier, funder_name, recipient_organisation_id, recipient_identifier,
                      recipient_name, lsoa_code, strategy_programme_id, created_at, created_by, updated_at, updated_by)
                    values (:title, :description, :amount, :currency, :awardDate, :start, :end, :programme, :funderId,
                      :funderName, :recipient, :recipientId, :recipientName, :lsoa, :strategy, :now, :by, :now, :by)""")
                    .params(params).update(keys, "id");
            id = keys.getKey().longValue();
            writeWards(id, wards);
            audit.recordCreate("GRANT", id, null, form.title().trim() + ", " + form.currency() + " "
                    + form.amountAwarded().toPlainString() + " to " + org.name());
        } else {
            var before = jdbc.sql("select " + GrantRows.COLUMNS + " from grant_award g where g.id = :id for update")
                    .param("id", form.id()).query(GrantRows.MAPPER).optional()
                    .orElseThrow(() -> InvalidInputException.of("title", "That grant no longer exists."));
            if (before.version() != form.version()) {
                // what the saved record now says, set against what this person was about to save
                throw new ConcurrentEditException("This grant",
                        FieldChange.between(GrantRows.labelled(form), GrantRows.labelled(before)));
            }
            params.put("id", form.id());
            params.put("version", form.version());
            jdbc.sql("""
                    update grant_award set version = version + 1, title = :title, description = :description,
                      amount_awarded = :amount, currency = :currency, award_date = :awardDate, planned_start = :start,
                      planned_end = :end, programme = :programme, funder_identifier = :funderId, funder_name = :funderName,
                      recipient_organisation_id = :recipient, recipient_identifier = :recipientId,
                      recipient_name = :recipientName, lsoa_code = :lsoa, strategy_programme_id = :strategy,
                      updated_at = :now, updated_by = :by
                    where id = :id and version = :version""").params(params).update();
            id = form.id();
            jdbc.sql("delete from grant_ward where grant_id = ?").param(id).update();
            writeWards(id, wards);
            var after = jdbc.sql("select " + GrantRows.COLUMNS + " from grant_award g where g.id = :id")
                    .param("id", id).query(GrantRows.MAPPER).single();
            audit.recordFieldChanges("GRANT", id, null, FieldChange.between(GrantRows.labelled(before), GrantRows.labelled(after)));
        }
        return jdbc.sql("select " + GrantRows.COLUMNS + " from grant_award g where g.id = :id")
                .param("id", id).query(GrantRows.MAPPER).single();
    }

    private void writeWards(long grantId, Iterable<String> wards) {
        for (String ward : wards) {
            jdbc.sql("insert into grant_ward (grant_id, ward_code) values (?, ?)").params(grantId, ward).update();
        }
    }
}

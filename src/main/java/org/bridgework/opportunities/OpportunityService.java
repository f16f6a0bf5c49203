package org.bridgework.opportunities;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The register of opportunities. Partners publish and manage their own organisation's (the where clause says so);
 * council staff manage every one. Status moves only along {@link OpportunityStatus#canMoveTo}, and each move is recorded.
 */
@Service
public class OpportunityService {

    private final JdbcClient jdbc;
    private final OpportunityScope scope;
    private final AuditService audit;
    private final Clock clock;
    private final int livingWagePence;

    OpportunityService(JdbcClient jdbc, OpportunityScope scope, AuditService audit, Clock clock,
                       @Value("${bridgework.london-living-wage-pence:1420}") int livingWagePence) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
        this.livingWagePence = livingWagePence;
    }

    public int livingWagePence() {
        return livingWagePence;
    }

    @PreAuthorize(OpportunityScope.MANAGERS_OF_OPPORTUNITIES)
    @Transactional
    public Opportunity save(Opportunity form) {
        scope.checkMayManage(form.organisationId());
        validate(form);
        boolean paysLivingWage = form.hourlyRatePence() != null && form.hourlyRatePence() >= livingWagePence;
        var now = Timestamp.from(clock.instant());
        var params = new HashMap<String, Object>();
        params.put("org", form.organisationId());
        params.put("title", form.title().trim());
        params.put("type", form.type().name());
        params.put("level", form.type() == OpportunityType.APPRENTICESHIP ? form.apprenticeshipLevel() : null);
        params.put("sector", form.sector().name());
        params.put("location", blankToNull(form.location()));
        params.put("ward", blankToNull(form.wardCode()));
        params.put("start", form.startDate());
        params.put("end", form.endDate());
        params.put("places", form.places());
        params.put("minAge", form.minAge());
        params.put("maxAge", form.maxAge());
        params.put("careLeavers", form.careLeaversOnly());
        params.put("cityOnly", form.cityResidentsOnly());
        params.put("other", blankToNull(form.otherEligibility()));
        params.put("rate", form.hourlyRatePence());
        params.put("llw", paysLivingWage);
        params.put("apply", form.howToApply().trim());
        params.put("now", now);
        long id;
        if (form.id() == null) {
            params.put("by", scope.username());
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into opportunity (organisation_id, title, opportunity_type, apprenticeship_level, sector, location,
                      ward_code, start_date, end_date, places, min_age, max_age, care_leavers_only, city_residents_only,
                      other_eligibility, hourly_rate_pence, pays_living_wage, how_to_apply, status, created_at, created_by, updated_at)
                    values (:org, :title, :type, :level, :sector, :location, :ward, :start, :end, :places, :minAge, :maxAge,
                      :careLeavers, :cityOnly, :other, :rate, :llw, :apply, 'DRAFT', :now, :by, :now)""")
                    .params(params).update(keys);
            id = keys.getKey().longValue();
            audit.recordCreate("OPPORTUNITY", id, null, form.title());
        } else {
            var existing = findScoped(form.id()).orElseThrow(() -> scope.missing("title", "That opportunity no longer exists."));
            scope.checkMayManage(existing.organisationId());
            params.put("id", form.id());
            params.put("version", form.version());
            int updated = jdbc.sql("""
                    update opportunity set version = version + 1, organisation_id = :org, title = :title, opportunity_type = :type,
                      apprenticeship_level = :level, sector = :sector, location = :location, ward_code = :ward,
                      start_date = :start, end_date = :end, places = :places, min_age = :minAge, max_age = :maxAge,
                      care_leavers_only = :careLeavers, city_residents_only = :cityOnly, other_eligibility = :other,
                      hourly_rate_pence = :rate, pays_living_wage = :llw, how_to_apply = :apply, updated_at = :now
                    where id = :id and version = :version""").params(params).update();
            if (updated == 0) {
                throw new ConcurrentEditException("This opportunity", List.of());
            }
            id = form.id();
            audit.recordChange("OPPORTUNITY", id, null, "Details edited");
        }
        return findScoped(id).orElseThrow();
    }

    @PreAuthorize(OpportunityScope.MANAGERS_OF_OPPORTUNITIES)
    @Transactional
    public Opportunity publish(long id) {
        return move(id, OpportunityStatus.PUBLISHED, null);
    }

    @PreAuthorize(OpportunityScope.MANAGERS_OF_OPPORTUNITIES)
    @Transactional
    public Opportunity close(long id) {
        return move(id, OpportunityStatus.CLOSED, null);
    }

    /** A closed opportunity comes back only with a reason, so that the history explains it. */
    @PreAuthorize(OpportunityScope.MANAGERS_OF_OPPORTUNITIES)
    @Transactional
    public Opportunity reopen(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Say why this opportunity is being reopened.");
        }
        return move(id, OpportunityStatus.PUBLISHED, reason.trim());
    }

    /** Empty when the opportunity does not exist or belongs to another organisation (for a partner). */
    @PreAuthorize(OpportunityScope.MANAGERS_OF_OPPORTUNITIES)
    @Transactional(readOnly = true)
    public Optional<Opportunity> find(long id) {
        return findScoped(id);
    }

    @PreAuthorize(OpportunityScope.MANAGERS_OF_OPPORTUNITIES)
    @Transactional(readOnly = true)
    public List<StatusChange> history(long id) {
        if (findScoped(id).isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select from_status, to_status, reason, changed_at, changed_by from opportunity_status_change"
                        + " where opportunity_id = :id order by id")
                .param("id", id)
                .query((rs, n) -> new StatusChange(OpportunityStatus.valueOf(rs.getString(1)), OpportunityStatus.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
    }

    /** One page of the register, filtered in SQL; partners see only their own organisation's. */
    @PreAuthorize(OpportunityScope.MANAGERS_OF_OPPORTUNITIES)
    @Transactional(readOnly = true)
    public List<Opportunity> search(OpportunityFilter filter, int offset, int limit) {
        var where = new StringBuilder(" where 1 = 1");
        var params = new HashMap<String, Object>();
        Long org = scope.organisationLimit();
        if (org != null) {
            where.append(" and o.organisation_id = :scopeOrg");
            params.put("scopeOrg", org);
        }
        filterClauses(filter == null ? OpportunityFilter.none() : filter, where, params);
        params.put("limit", Math.max(1, limit));
        params.put("offset", Math.max(0, offset));
        return jdbc.sql("select " + OpportunityRows.COLUMNS + " from opportunity o" + where
                        + " order by o.start_date is null, o.start_date, o.id limit :limit offset :offset")
                .params(params).query(OpportunityRows.MAPPER).list();
    }

    static void filterClauses(OpportunityFilter f, StringBuilder where, Map<String, Object> params) {
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" and lower(o.title) like :text");
            params.put("text", "%" + f.text().trim().toLowerCase(Locale.ROOT).replace("%", "") + "%");
        }
        if (f.type() != null) {
            where.append(" and o.opportunity_type = :type");
            params.put("type", f.type().name());
        }
        if (f.sector() != null) {
            where.append(" and o.sector = :sector");
            params.put("sector", f.sector().name());
        }
        if (f.level() != null) {
            where.append(" and o.apprenticeship_level = :level");
            params.put("level", f.level());
        }
        if (f.wardCode() != null && !f.wardCode().isBlank()) {
            where.append(" and o.ward_code = :ward");
            params.put("ward", f.wardCode());
        }
        if (f.status() != null) {
            where.append(" and o.status = :status");
            params.put("status", f.status().name());
        }
        if (f.forAge() != null) {
            where.append(" and (o.min_age is null or o.min_age <= :age) and (o.max_age is null or o.max_age >= :age)");
            params.put("age", f.forAge());
        }
        if (Boolean.FALSE.equals(f.careLeaver())) {
            where.append(" and o.care_leavers_only = false");
        }
    }

    private Opportunity move(long id, OpportunityStatus next, String reason) {
        var current = findScoped(id).orElseThrow(() -> scope.missing("status", "That opportunity no longer exists."));
        if (!current.status().canMoveTo(next)) {
            throw InvalidInputException.of("status", "A " + current.status().label().toLowerCase(Locale.ROOT)
                    + " opportunity cannot be made " + next.label().toLowerCase(Locale.ROOT) + ".");
        }
        var now = Timestamp.from(clock.instant());
        jdbc.sql("update opportunity set status = :next, version = version + 1, updated_at = :now where id = :id and status = :from")
                .param("next", next.name()).param("now", now).param("id", id).param("from", current.status().name()).update();
        jdbc.sql("insert into opportunity_status_change (opportunity_id, from_status, to_status, reason, changed_at, changed_by)"
                        + " values (:id, :from, :to, :reason, :now, :by)")
                .param("id", id).param("from", current.status().name()).param("to", next.name()).param("reason", reason)
                .param("now", now).param("by", scope.username()).update();
        audit.recordChange("OPPORTUNITY", id, null, current.status() + " -> " + next + (reason == null ? "" : ": " + reason));
        return findScoped(id).orElseThrow();
    }

    private Optional<Opportunity> findScoped(long id) {
        Long org = scope.organisationLimit();
        return jdbc.sql("select " + OpportunityRows.COLUMNS + " from opportunity o where o.id = :id"
                        + (org == null ? "" : " and o.organisation_id = :org"))
                .param("id", id).params(org == null ? Map.of() : Map.of("org", org))
                .query(OpportunityRows.MAPPER).optional();
    }

    private void validate(Opportunity f) {
        var errors = new InvalidInputException.Collector()
                .check(f.title() != null && !f.title().isBlank(), "title", "Enter a title, for example \"Level 3 business administration apprentice\".")
                .check(f.type() != null, "type", "Choose the kind of opportunity.")
                .check(f.sector() != null, "sector", "Choose the sector.")
                .check(f.places() >= 1, "places", "There must be at least one place.")
                .check(f.howToApply() != null && !f.howToApply().isBlank(), "howToApply", "Say how to apply, for example a web address or who to ring.");
        if (f.type() == OpportunityType.APPRENTICESHIP) {
            errors.check(f.apprenticeshipLevel() != null && f.apprenticeshipLevel() >= 2 && f.apprenticeshipLevel() <= 7,
                    "apprenticeshipLevel", "Apprenticeships are at level 2 to 7.");
        }
        errors.check(f.startDate() == null || f.endDate() == null || !f.endDate().isBefore(f.startDate()),
                "endDate", "The end date must be on or after the start date.");
        errors.check(f.minAge() == null || (f.minAge() >= 14 && f.minAge() <= 100), "minAge", "Enter a minimum age between 14 and 100, or leave it empty.");
        errors.check(f.maxAge() == null || (f.maxAge() >= 14 && f.maxAge() <= 100), "maxAge", "Enter a maximum age between 14 and 100, or leave it empty.");
        errors.check(f.minAge() == null || f.maxAge() == null || f.minAge() <= f.maxAge(), "maxAge", "The maximum age must not be below the minimum age.");
        errors.check(f.hourlyRatePence() == null || f.hourlyRatePence() > 0, "hourlyRatePence", "Enter the hourly rate, or mark it unpaid.");
        errors.check(!f.paysLivingWage() || (f.hourlyRatePence() != null && f.hourlyRatePence() >= livingWagePence),
                "paysLivingWage", "The rate is below the London Living Wage (£" + String.format("%.2f", livingWagePence / 100.0) + " an hour).");
        errors.throwIfAny();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

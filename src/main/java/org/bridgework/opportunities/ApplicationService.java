package org.bridgework.opportunities;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.PartnerLinkChanged;
import org.bridgework.residents.ResidentService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Referrals and applications. Officers refer; the employer partner moves its own opportunities' applications on
 * (the where clause limits it); every step is audited against the resident, and opening or closing an application
 * tells the residents feature that the employer has (or no longer has) a live link with the resident.
 */
@Service
public class ApplicationService {

    static final String SOURCE = "opportunities.application";
    private static final String SELECT = """
            select a.id, a.version, a.opportunity_id, o.title, o.organisation_id, a.resident_id, a.step, a.referred_on,
                   a.applied_on, a.interview_on, a.offered_on, a.started_on, a.completed_on, a.withdrawn_on, a.withdrawn_reason
            from opportunity_application a join opportunity o on o.id = a.opportunity_id""";
    private static final RowMapper<Application> MAPPER = (rs, n) -> new Application(rs.getLong(1), rs.getLong(2), rs.getLong(3),
            rs.getString(4), rs.getLong(5), rs.getLong(6), ApplicationStep.valueOf(rs.getString(7)),
            OpportunityRows.date(rs.getDate(8)), OpportunityRows.date(rs.getDate(9)), OpportunityRows.date(rs.getDate(10)),
            OpportunityRows.date(rs.getDate(11)), OpportunityRows.date(rs.getDate(12)), OpportunityRows.date(rs.getDate(13)),
            OpportunityRows.date(rs.getDate(14)), rs.getString(15));

    private final JdbcClient jdbc;
    private final OpportunityScope scope;
    private final OpportunityService opportunities;
    private final ResidentService residents;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationService(JdbcClient jdbc, OpportunityScope scope, OpportunityService opportunities, ResidentService residents,
                       AuditService audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.opportunities = opportunities;
        this.residents = residents;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(OpportunityScope.OPPORTUNITY_STAFF)
    @Transactional
    public Application refer(long opportunityId, long residentId, LocalDate on) {
        var o = opportunities.find(opportunityId).orElseThrow(() -> InvalidInputException.of("opportunity", "That opportunity no longer exists."));
        if (o.status() != OpportunityStatus.PUBLISHED) {
            throw InvalidInputException.of("opportunity", "Residents can be referred only to a published opportunity.");
        }
        residents.summary(residentId).orElseThrow(() -> InvalidInputException.of("resident", "That resident no longer exists."));
        boolean alreadyOpen = jdbc.sql("select count(*) from opportunity_application where opportunity_id = :o and resident_id = :r"
                        + " and step not in ('COMPLETED','WITHDRAWN')")
                .param("o", opportunityId).param("r", residentId).query(Long.class).single() > 0;
        if (alreadyOpen) {
            throw InvalidInputException.of("resident", "This resident has already been referred to this opportunity.");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into opportunity_application (opportunity_id, resident_id, step, referred_on, updated_at, updated_by)"
                        + " values (:o, :r, 'REFERRED', :on, :now, :by)")
                .param("o", opportunityId).param("r", residentId).param("on", on == null ? LocalDate.now(clock) : on)
                .param("now", Timestamp.from(clock.instant())).param("by", scope.username()).update(keys);
        long id = keys.getKey().longValue();
        audit.recordCreate("OPPORTUNITY_APPLICATION", id, residentId, "Referred to " + o.title());
        events.publishEvent(new PartnerLinkChanged(residentId, o.organisationId(), SOURCE, Long.toString(id), true));
        return find(id).orElseThrow();
    }

    /** Moves an application to its next step (or withdraws it) on a date; the version guards against a colleague's change. */
    @PreAuthorize(OpportunityScope.MANAGERS_OF_OPPORTUNITIES)
    @Transactional
    public Application moveTo(long applicationId, long version, ApplicationStep next, LocalDate on, String reason) {
        var current = find(applicationId).orElseThrow(() -> scope.missing("step", "That application no longer exists."));
        if (!current.step().canMoveTo(next)) {
            throw InvalidInputException.of("step", "An application at \"" + current.step().label() + "\" cannot move to \""
                    + next.label() + "\".");
        }
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        var errors = new InvalidInputException.Collector()
                .check(!day.isBefore(current.dateOf(current.step())), "date",
                        "The date cannot be before the " + current.step().label().toLowerCase(Locale.ROOT) + " date ("
                                + current.dateOf(current.step()) + ").")
                .check(next != ApplicationStep.WITHDRAWN || (reason != null && !reason.isBlank()), "reason",
                        "Say why the application was withdrawn.");
        errors.throwIfAny();
        String column = next.name().toLowerCase(Locale.ROOT) + "_on";
        int updated = jdbc.sql("update opportunity_application set step = :next, " + column + " = :day, version = version + 1,"
                        + " withdrawn_reason = :reason, updated_at = :now, updated_by = :by where id = :id and version = :version")
                .param("next", next.name()).param("day", day).param("reason", next == ApplicationStep.WITHDRAWN ? reason.trim() : current.withdrawnReason())
                .param("now", Timestamp.from(clock.instant())).param("by", scope.username())
                .param("id", applicationId).param("version", version).update();
        if (updated == 0) {
            throw new ConcurrentEditException("This application", List.of());
        }
        audit.recordChange("OPPORTUNITY_APPLICATION", applicationId, current.residentId(),
                current.step() + " -> " + next + " on " + day);
        if (!next.isOpen()) {
            events.publishEvent(new PartnerLinkChanged(current.residentId(), current.organisationId(), SOURCE,
                    Long.toString(applicationId), false));
        }
        return find(applicationId).orElseThrow();
    }

    /** Empty for a partner when the application is to another organisation's opportunity. */
    @PreAuthorize(OpportunityScope.MANAGERS_OF_OPPORTUNITIES)
    @Transactional(readOnly = true)
    public Optional<Application> find(long applicationId) {
        Long org = scope.organisationLimit();
        return jdbc.sql(SELECT + " where a.id = :id" + (org == null ? "" : " and o.organisation_id = :org"))
                .param("id", applicationId).params(org == null ? Map.of() : Map.of("org", org)).query(MAPPER).optional();
    }

    @PreAuthorize(OpportunityScope.MANAGERS_OF_OPPORTUNITIES)
    @Transactional(readOnly = true)
    public List<Application> forOpportunity(long opportunityId, int offset, int limit) {
        Long org = scope.organisationLimit();
        var page = jdbc.sql(SELECT + " where a.opportunity_id = :opp" + (org == null ? "" : " and o.organisation_id = :org")
                        + " order by a.id limit :limit offset :offset")
                .param("opp", opportunityId).params(org == null ? Map.of() : Map.of("org", org))
                .param("limit", Math.max(1, limit)).param("offset", Math.max(0, offset)).query(MAPPER).list();
        page.forEach(a -> audit.recordView("OPPORTUNITY_APPLICATION", a.id(), a.residentId()));
        return page;
    }

    @PreAuthorize(OpportunityScope.OPPORTUNITY_STAFF)
    @Transactional(readOnly = true)
    public List<Application> forResident(long residentId) {
        audit.recordView("OPPORTUNITY_APPLICATION", null, residentId);
        return jdbc.sql(SELECT + " where a.resident_id = :r order by a.referred_on desc, a.id desc limit 200")
                .param("r", residentId).query(MAPPER).list();
    }
}

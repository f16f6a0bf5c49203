package org.bridgework.opportunities;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.Access;
import org.bridgework.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches residents and opportunities by the interests an officer recorded and the opportunity's eligibility
 * (age from the resident's date of birth, City residence by ward, care leavers).
 */
@Service
public class MatchingService {

    private static final int CANDIDATE_POOL = 500;

    private final JdbcClient jdbc;
    private final ResidentService residents;
    private final OpportunityService opportunities;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    MatchingService(JdbcClient jdbc, ResidentService residents, OpportunityService opportunities, CurrentUser currentUser,
                    AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.opportunities = opportunities;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(OpportunityScope.OPPORTUNITY_STAFF)
    @Transactional
    public ResidentInterest recordInterest(long residentId, Sector sector, OpportunityType type, boolean careLeaver) {
        if (sector == null && type == null) {
            throw InvalidInputException.of("sector", "Choose a sector or a kind of opportunity.");
        }
        residents.summary(residentId).orElseThrow(() -> InvalidInputException.of("resident", "That resident no longer exists."));
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("insert into resident_interest (resident_id, sector, opportunity_type, care_leaver, recorded_by, recorded_on)"
                        + " values (:r, :s, :t, :c, :by, :on)")
                .param("r", residentId).param("s", sector == null ? null : sector.name()).param("t", type == null ? null : type.name())
                .param("c", careLeaver).param("by", currentUser.usernameOrSystem()).param("on", today).update();
        audit.recordChange("RESIDENT_INTEREST", residentId, residentId, "Interest recorded");
        return new ResidentInterest(null, residentId, sector, type, careLeaver, currentUser.usernameOrSystem(), today);
    }

    @PreAuthorize(OpportunityScope.OPPORTUNITY_STAFF)
    @Transactional(readOnly = true)
    public List<ResidentInterest> interests(long residentId) {
        audit.recordView("RESIDENT_INTEREST", null, residentId);
        return interestsOf(residentId);
    }

    /** Residents whose interests fit and who are eligible, best first (both sector and kind match), not yet referred. */
    @PreAuthorize(OpportunityScope.OPPORTUNITY_STAFF)
    @Transactional(readOnly = true)
    public List<ResidentSummary> shortlistResidents(long opportunityId, int limit) {
        var o = opportunities.find(opportunityId).orElseThrow(() -> InvalidInputException.of("opportunity", "That opportunity no longer exists."));
        List<Long> candidates = jdbc.sql("""
                        select i.resident_id, max(i.care_leaver) care_leaver,
                               max(coalesce(i.sector = :sector, 0) + coalesce(i.opportunity_type = :type, 0)) fit
                        from resident_interest i
                        where (i.sector = :sector or i.opportunity_type = :type)
                          and not exists (select 1 from opportunity_application a
                                          where a.opportunity_id = :opp and a.resident_id = i.resident_id and a.step <> 'WITHDRAWN')
                        group by i.resident_id
                        having (:careOnly = false or max(i.care_leaver) = true)
                        order by fit desc, i.resident_id
                        limit :pool""")
                .param("sector", o.sector().name()).param("type", o.type().name()).param("opp", opportunityId)
                .param("careOnly", o.careLeaversOnly()).param("pool", CANDIDATE_POOL)
                .query((rs, n) -> rs.getLong(1)).list();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Long, ResidentSummary> byId = new HashMap<>();
        residents.summaries(candidates).forEach(s -> byId.put(s.id(), s));
        LocalDate today = LocalDate.now(clock);
        return candidates.stream().map(byId::get)
                .filter(s -> s != null && Eligibility.eligible(o, s, o.careLeaversOnly(), today))
                .limit(Math.max(1, limit)).toList();
    }

    @PreAuthorize(OpportunityScope.OPPORTUNITY_STAFF)
    @Transactional(readOnly = true)
    public List<Opportunity> opportunitiesFor(long residentId, int offset, int limit) {
        var resident = residents.summary(residentId).orElseThrow(() -> InvalidInputException.of("resident", "That resident no longer exists."));
        return suiting(resident, offset, limit);
    }

    /** A volunteer's own matches: always for the resident their account is, whatever the caller asks. */
    @PreAuthorize(Access.VOLUNTEERS)
    @Transactional(readOnly = true)
    public List<Opportunity> myOpportunities(int offset, int limit) {
        long self = currentUser.require().residentId()
                .orElseThrow(() -> new AccessDeniedException("This volunteer account is not linked to a resident"));
        var resident = residents.summary(self).orElseThrow(() -> new AccessDeniedException("No resident record"));
        return suiting(resident, offset, limit);
    }

    private List<Opportunity> suiting(ResidentSummary resident, int offset, int limit) {
        var interests = interestsOf(resident.id());
        boolean careLeaver = interests.stream().anyMatch(ResidentInterest::careLeaver);
        LocalDate today = LocalDate.now(clock);
        Integer age = Eligibility.ageOn(resident, today);
        var where = new StringBuilder(" where o.status = 'PUBLISHED'");
        var params = new HashMap<String, Object>();
        OpportunityService.filterClauses(new OpportunityFilter(null, null, null, null, null, null, null, careLeaver),
                where, params);
        if (age != null) {
            where.append(" and (o.min_age is null or o.min_age <= :age) and (o.max_age is null or o.max_age >= :age)");
            params.put("age", age);
        } else {
            where.append(" and o.min_age is null and o.max_age is null");
        }
        if (resident.wardCode() == null) {
            where.append(" and o.city_residents_only = false");
        }
        var sectors = interests.stream().map(ResidentInterest::sector).filter(s -> s != null).map(Enum::name).distinct().toList();
        var types = interests.stream().map(ResidentInterest::type).filter(t -> t != null).map(Enum::name).distinct().toList();
        if (!sectors.isEmpty() || !types.isEmpty()) {
            where.append(" and (o.sector in (:sectors) or o.opportunity_type in (:types))");
            params.put("sectors", sectors.isEmpty() ? List.of("-") : sectors);
            params.put("types", types.isEmpty() ? List.of("-") : types);
        }
        params.put("limit", Math.max(1, limit));
        params.put("offset", Math.max(0, offset));
        return jdbc.sql("select " + OpportunityRows.COLUMNS + " from opportunity o" + where
                        + " order by o.start_date is null, o.start_date, o.id limit :limit offset :offset")
                .params(params).query(OpportunityRows.MAPPER).list();
    }

    private List<ResidentInterest> interestsOf(long residentId) {
        return jdbc.sql("select id, resident_id, sector, opportunity_type, care_leaver, recorded_by, recorded_on"
                        + " from resident_interest where resident_id = :r order by id")
                .param("r", residentId)
                .query((rs, n) -> new ResidentInterest(rs.getLong(1), rs.getLong(2),
                        rs.getString(3) == null ? null : Sector.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : OpportunityType.valueOf(rs.getString(4)),
                        rs.getBoolean(5), rs.getString(6), ((Date) rs.getDate(7)).toLocalDate()))
                .list();
    }
}

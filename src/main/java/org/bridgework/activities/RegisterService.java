package org.bridgework.activities;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.platform.MultiRowSql;
import org.bridgework.residents.AgeBand;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.Access;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Registers: who came. Saving is an upsert keyed by session and resident, so saving the same register
 * twice changes nothing; the changed marks and their audit entries are written in one statement each, so a
 * register of fifty costs a handful of round trips, not a few hundred. For a volunteering activity every save
 * publishes one {@link VolunteeringRegisterSaved} with each volunteer who attended (present or late): Time
 * Credits issues once per attendance key, so a re-save or a correction can never double-count, and a first
 * save that failed downstream is retried.
 */
@Service
public class RegisterService {

    private final JdbcClient jdbc;
    private final ActivityScope scope;
    private final ActivityService activities;
    private final ResidentService residents;
    private final PartnerLinks partnerLinks;
    private final ApplicationEventPublisher events;
    private final AuditService audit;
    private final Clock clock;

    RegisterService(JdbcClient jdbc, ActivityScope scope, ActivityService activities, ResidentService residents,
                    PartnerLinks partnerLinks, ApplicationEventPublisher events, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.activities = activities;
        this.residents = residents;
        this.partnerLinks = partnerLinks;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** The register: everyone booked (not waiting) and everyone already marked, in name order. */
    @PreAuthorize(Access.STAFF_OR_PARTNER)
    @Transactional(readOnly = true)
    public Register register(long sessionId) {
        var session = activities.session(sessionId).orElseThrow(() -> InvalidInputException.of("session", "No such session."));
        Map<Long, Mark> marks = new HashMap<>();
        Map<Long, Long> accompanied = new HashMap<>();
        jdbc.sql("select resident_id, status, accompanied_by_id from session_attendance where session_id = ?").param(sessionId)
                .query(rs -> {
                    marks.put(rs.getLong(1), Mark.valueOf(rs.getString(2)));
                    accompanied.put(rs.getLong(1), rs.getObject(3, Long.class));
                });
        var booked = new LinkedHashSet<>(jdbc.sql("select resident_id from session_booking where session_id = ? and status = 'BOOKED'")
                .param(sessionId).query(Long.class).list());
        var ids = new LinkedHashSet<>(booked);
        ids.addAll(marks.keySet());
        var lines = residents.summaries(ids).stream()
                .map(r -> new RegisterLine(r.id(), r.displayName(), r.dateOfBirth(), booked.contains(r.id()), marks.get(r.id()),
                        accompanied.get(r.id())))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
        var counts = new EnumMap<AgeBand, Integer>(AgeBand.class);
        jdbc.sql("select age_band, head_count from session_headcount where session_id = ?").param(sessionId)
                .query(rs -> {
                    counts.put(AgeBand.valueOf(rs.getString(1)), rs.getInt(2));
                });
        audit.recordView("SESSION_REGISTER", sessionId, null);
        return new Register(session, lines, counts);
    }

    /** Saves marks; returns how many people's marks actually changed. */
    @PreAuthorize(Access.STAFF_OR_PARTNER)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int save(long sessionId, Collection<RegisterMark> marks) {
        long org = scope.requireSession(sessionId);
        jdbc.sql("select id from activity_session where id = ? for update").param(sessionId).query(Long.class).single();
        var byResident = new LinkedHashMap<Long, RegisterMark>();
        for (RegisterMark m : marks) {
            if (m.mark() == null) {
                continue;
            }
            if (Objects.equals(m.accompaniedById(), m.residentId())) {
                throw InvalidInputException.of("accompaniedBy", "A person cannot be accompanied by themselves.");
            }
            byResident.put(m.residentId(), m);
        }
        var before = new HashMap<Long, RegisterMark>();
        jdbc.sql("select resident_id, status, accompanied_by_id from session_attendance where session_id = ?").param(sessionId)
                .query(rs -> {
                    before.put(rs.getLong(1), new RegisterMark(rs.getLong(1), Mark.valueOf(rs.getString(2)), rs.getObject(3, Long.class)));
                });
        var known = residents.summaries(byResident.keySet()).stream().map(ResidentSummary::id).collect(Collectors.toSet());
        byResident.keySet().stream().filter(id -> !known.contains(id)).findFirst().ifPresent(id -> {
            throw InvalidInputException.of("resident", "Resident " + id + " does not exist.");
        });
        var now = Timestamp.from(clock.instant());
        String by = scope.username();
        var rows = new ArrayList<Object[]>();
        var entries = new ArrayList<AuditService.Entry>();
        var nowAttending = new ArrayList<Long>();
        for (RegisterMark m : byResident.values()) {
            RegisterMark old = before.get(m.residentId());
            if (m.equals(old)) {
                continue;
            }
            rows.add(new Object[]{sessionId, m.residentId(), m.mark().name(), m.accompaniedById(), now, by});
            entries.add(new AuditService.Entry("ATTENDANCE", sessionId, m.residentId(),
                    (old == null ? "marked " : old.mark() + " -> ") + m.mark()));
            if (m.mark().attended() && (old == null || !old.mark().attended())) {
                nowAttending.add(m.residentId());
            }
        }
        if (!rows.isEmpty()) {
            MultiRowSql.insert(jdbc, "insert into session_attendance (session_id, resident_id, status, accompanied_by_id,"
                    + " recorded_at, recorded_by)", rows, """
                    on duplicate key update status = values(status), accompanied_by_id = values(accompanied_by_id),
                                            recorded_at = values(recorded_at), recorded_by = values(recorded_by)""");
            audit.recordChanges(entries);
            partnerLinks.changed(nowAttending, org, id -> "attendance:" + sessionId + ":" + id, true);
            jdbc.sql("update activity_session set register_saved_at = ? where id = ?").params(now, sessionId).update();
        }
        publishVolunteering(sessionId, org, byResident.values());
        return rows.size();
    }

    private void publishVolunteering(long sessionId, long org, Collection<RegisterMark> marks) {
        var session = activities.session(sessionId).orElseThrow();
        if (!session.countsAsVolunteering()) {
            return;
        }
        String by = scope.username();
        var attended = marks.stream().filter(m -> m.mark().attended())
                .map(m -> new VolunteeringAttended("session:" + sessionId + ":resident:" + m.residentId(), m.residentId(), org,
                        session.activityId(), session.title(), session.date(), session.durationMinutes(), by))
                .toList();
        if (!attended.isEmpty()) {
            events.publishEvent(new VolunteeringRegisterSaved(sessionId, attended));
        }
    }

    /** Anonymous counts by age band at a drop-in; saving replaces the previous counts. */
    @PreAuthorize(Access.STAFF_OR_PARTNER)
    @Transactional
    public void saveHeadcounts(long sessionId, Map<AgeBand, Integer> counts) {
        scope.requireSession(sessionId);
        counts.forEach((band, count) -> {
            if (count != null && count < 0) {
                throw InvalidInputException.of(band.name(), "A count cannot be negative.");
            }
        });
        for (var e : counts.entrySet()) {
            int count = e.getValue() == null ? 0 : e.getValue();
            jdbc.sql("insert into session_headcount (session_id, age_band, head_count) values (?, ?, ?) on duplicate key update head_count = values(head_count)")
                    .params(sessionId, e.getKey().name(), count).update();
        }
        audit.recordChange("SESSION_HEADCOUNT", sessionId, null, counts.entrySet().stream()
                .map(e -> e.getKey().label() + ": " + e.getValue()).collect(Collectors.joining(", ")));
    }

    /** Every session a resident booked or attended, newest first; partners see only their own organisation's. */
    @PreAuthorize(Access.STAFF_OR_PARTNER)
    @Transactional(readOnly = true)
    public List<ResidentSessionLine> journey(long residentId, int limit) {
        var rows = jdbc.sql(ActivityService.SESSION_SELECT + """
                         \swhere s.id in (select session_id from session_booking where resident_id = ?
                                        union select session_id from session_attendance where resident_id = ?)"""
                        + scope.condition("a.delivering_org_id") + " order by s.session_date desc, s.start_time desc limit ?")
                .params(residentId, residentId, limit).query(ActivityService::session).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String> booking = new HashMap<>();
        Map<Long, String> attendance = new HashMap<>();
        String in = rows.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(","));
        jdbc.sql("select session_id, status from session_booking where resident_id = ? and session_id in (" + in + ") order by id")
                .param(residentId).query(rs -> {
                    booking.put(rs.getLong(1), rs.getString(2));
                });
        jdbc.sql("select session_id, status from session_attendance where resident_id = ? and session_id in (" + in + ")")
                .param(residentId).query(rs -> {
                    attendance.put(rs.getLong(1), rs.getString(2));
                });
        audit.recordView("RESIDENT_SESSIONS", residentId, residentId);
        var list = new ArrayList<ResidentSessionLine>();
        for (SessionSummary s : rows) {
            list.add(new ResidentSessionLine(s, booking.get(s.id()) == null ? null : BookingStatus.valueOf(booking.get(s.id())),
                    attendance.get(s.id()) == null ? null : Mark.valueOf(attendance.get(s.id()))));
        }
        return list;
    }
}

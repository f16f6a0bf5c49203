package org.bridgework.activities;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Activities and their sessions. Partner staff reach only their own organisation's, in every query. */
@Service
public class ActivityService {

    static final String SESSION_SELECT = """
            select s.id, s.activity_id, a.title, a.delivering_org_id, s.session_date, s.start_time, s.duration_minutes,
                   s.capacity, s.cancelled, a.drop_in, a.counts_as_volunteering, a.venue, a.ward_code,
                   (select count(*) from session_booking b where b.session_id = s.id and b.status = 'BOOKED') booked,
                   (select count(*) from session_booking b where b.session_id = s.id and b.status = 'WAITING') waiting
            from activity_session s join activity a on a.id = s.activity_id""";

    private final JdbcClient jdbc;
    private final ActivityScope scope;
    private final AuditService audit;
    private final Clock clock;

    ActivityService(JdbcClient jdbc, ActivityScope scope, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Access.STAFF_OR_PARTNER)
    @Transactional(readOnly = true)
    public List<ActivitySummary> page(String text, int offset, int limit) {
        String t = text == null ? "" : text.trim().toLowerCase();
        return jdbc.sql("""
                        select a.id, a.title, p.name, t.name, a.delivering_org_id, a.venue, a.ward_code, a.capacity,
                               a.counts_as_volunteering, a.drop_in
                        from activity a join activity_programme p on p.id = a.programme_id join activity_type t on t.id = a.type_id
                        where (? = '' or lower(a.title) like ?)""" + scope.condition("a.delivering_org_id")
                        + " order by a.title, a.id limit ? offset ?")
                .params(t, "%" + t + "%", limit, offset)
                .query((rs, n) -> new ActivitySummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7), rs.getObject(8, Integer.class), rs.getBoolean(9),
                        rs.getBoolean(10)))
                .list();
    }

    @PreAuthorize(Access.STAFF_OR_PARTNER)
    @Transactional(readOnly = true)
    public Optional<ActivityForm> form(long id) {
        return jdbc.sql("select * from activity a where a.id = ?" + scope.condition("a.delivering_org_id")).param(id)
                .query((rs, n) -> new ActivityForm(rs.getLong("id"), rs.getLong("version"), rs.getString("title"),
                        rs.getLong("programme_id"), rs.getLong("type_id"), rs.getLong("delivering_org_id"),
                        rs.getString("venue"), rs.getString("ward_code"), groups(rs.getString("target_groups")),
                        rs.getObject("capacity", Integer.class), rs.getBoolean("counts_as_volunteering"),
                        rs.getBoolean("drop_in"), rs.getString("description")))
                .optional();
    }

    @PreAuthorize(Access.STAFF_OR_PARTNER)
    @Transactional
    public long save(ActivityForm f) {
        new InvalidInputException.Collector()
                .check(f.title() != null && !f.title().isBlank(), "title", "Give the activity a name.")
                .check(f.title() == null || f.title().length() <= 200, "title", "Keep the name under 200 characters.")
                .check(f.programmeId() != null, "programme", "Choose the programme it belongs to.")
                .check(f.typeId() != null, "type", "Choose the type of activity.")
                .check(f.deliveringOrgId() != null, "organisation", "Choose who delivers it.")
                .check(f.capacity() == null || f.capacity() > 0, "capacity", "Capacity must be at least 1, or left empty for no limit.")
                .throwIfAny();
        scope.requireMayManage(f.deliveringOrgId());
        String groups = f.targetGroups() == null ? null
                : f.targetGroups().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        if (f.id() == null) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                            insert into activity (title, programme_id, type_id, delivering_org_id, venue, ward_code, target_groups,
                                                  capacity, counts_as_volunteering, drop_in, description, created_at, created_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(f.title().trim(), f.programmeId(), f.typeId(), f.deliveringOrgId(), blank(f.venue()),
                            blank(f.wardCode()), groups, f.capacity(), f.countsAsVolunteering(), f.dropIn(),
                            blank(f.description()), Timestamp.from(clock.instant()), scope.username())
                    .update(keys);
            long id = keys.getKey().longValue();
            audit.recordCreate("ACTIVITY", id, null, f.title().trim());
            return id;
        }
        // the stored row's organisation must be ours too, not only the one the form claims
        Long currentOrg = jdbc.sql("select delivering_org_id from activity where id = ?").param(f.id()).query(Long.class)
                .optional().orElseThrow(() -> InvalidInputException.of("title", "This activity no longer exists."));
        scope.requireMayManage(currentOrg);
        int updated = jdbc.sql("""
                        update activity set title = ?, programme_id = ?, type_id = ?, delivering_org_id = ?, venue = ?, ward_code = ?,
                               target_groups = ?, capacity = ?, counts_as_volunteering = ?, drop_in = ?, description = ?,
                               version = version + 1
                        where id = ? and version = ?""")
                .params(f.title().trim(), f.programmeId(), f.typeId(), f.deliveringOrgId(), blank(f.venue()),
                        blank(f.wardCode()), groups, f.capacity(), f.countsAsVolunteering(), f.dropIn(),
                        blank(f.description()), f.id(), f.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException("This activity", List.of());
        }
        audit.recordChange("ACTIVITY", f.id(), null, f.title().trim());
        return f.id();
    }

    /**
     * Creates the sessions a recurrence rule gives, skipping cancelled dates and any slot that already exists,
     * so that scheduling the same term twice adds nothing. Returns the ids of sessions on the rule's dates.
     */
    @PreAuthorize(Access.STAFF_OR_PARTNER)
    @Transactional
    public List<Long> schedule(long activityId, Recurrence rule) {
        new InvalidInputException.Collector()
                .check(rule.frequency() != null, "frequency", "Choose how often it happens.")
                .check(rule.firstDate() != null, "firstDate", "Enter the date of the first session.")
                .check(rule.lastDate() != null, "lastDate", "Enter the date of the last session.")
                .check(rule.firstDate() == null || rule.lastDate() == null || !rule.lastDate().isBefore(rule.firstDate()),
                        "lastDate", "The last session cannot be before the first.")
                .check(rule.startTime() != null, "startTime", "Enter the start time.")
                .check(rule.durationMinutes() > 0 && rule.durationMinutes() <= 24 * 60, "duration", "Enter how long each session lasts, in minutes.")
                .throwIfAny();
        var activity = jdbc.sql("select delivering_org_id, capacity from activity where id = ?").param(activityId)
                .query((rs, n) -> new long[]{rs.getLong(1), rs.getObject(2) == null ? -1 : rs.getLong(2)}).optional()
                .orElseThrow(() -> InvalidInputException.of("activity", "This activity no longer exists."));
        scope.requireMayManage(activity[0]);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into session_series (activity_id, frequency, first_date, last_date, start_time, duration_minutes,
                                                    cancelled_dates, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(activityId, rule.frequency().name(), rule.firstDate(), rule.lastDate(), rule.startTime(),
                        rule.durationMinutes(), rule.cancelledDates().stream().sorted().map(LocalDate::toString)
                                .collect(Collectors.joining(",")), Timestamp.from(clock.instant()))
                .update(keys);
        long seriesId = keys.getKey().longValue();
        Integer capacity = activity[1] < 0 ? null : (int) activity[1];
        var ids = new ArrayList<Long>();
        for (LocalDate date : rule.dates()) {
            jdbc.sql("""
                            insert ignore into activity_session (activity_id, series_id, session_date, start_time, duration_minutes, capacity)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(activityId, seriesId, date, rule.startTime(), rule.durationMinutes(), capacity).update();
            ids.add(jdbc.sql("select id from activity_session where activity_id = ? and session_date = ? and start_time = ?")
                    .params(activityId, date, rule.startTime()).query(Long.class).single());
        }
        audit.recordCreate("ACTIVITY_SESSIONS", activityId, null, rule.frequency().label() + " " + rule.firstDate()
                + " to " + rule.lastDate() + ": " + ids.size() + " sessions");
        return ids;
    }

    /** Calls off one session; bookings stay, so that people can be told and the record shows what happened. */
    @PreAuthorize(Access.STAFF_OR_PARTNER)
    @Transactional
    public void setCancelled(long sessionId, boolean cancelled) {
        scope.requireSession(sessionId);
        jdbc.sql("update activity_session set cancelled = ? where id = ?").params(cancelled, sessionId).update();
        audit.recordChange("ACTIVITY_SESSION", sessionId, null, cancelled ? "cancelled" : "reinstated");
    }

    @PreAuthorize(Access.STAFF_OR_PARTNER)
    @Transactional(readOnly = true)
    public Optional<SessionSummary> session(long sessionId) {
        return jdbc.sql(SESSION_SELECT + " where s.id = ?" + scope.condition("a.delivering_org_id")).param(sessionId)
                .query(ActivityService::session).optional();
    }

    @PreAuthorize(Access.STAFF_OR_PARTNER)
    @Transactional(readOnly = true)
    public List<SessionSummary> sessionsOf(long activityId, int offset, int limit) {
        return jdbc.sql(SESSION_SELECT + " where s.activity_id = ?" + scope.condition("a.delivering_org_id")
                        + " order by s.session_date, s.start_time limit ? offset ?")
                .params(activityId, limit, offset).query(ActivityService::session).list();
    }

    /** The calendar's sessions between two dates (inclusive), earliest first. */
    @PreAuthorize(Access.STAFF_OR_PARTNER)
    @Transactional(readOnly = true)
    public List<SessionSummary> between(LocalDate from, LocalDate to, int limit) {
        return jdbc.sql(SESSION_SELECT + " where s.session_date between ? and ?" + scope.condition("a.delivering_org_id")
                        + " order by s.session_date, s.start_time, a.title limit ?")
                .params(from, to, limit).query(ActivityService::session).list();
    }

    static SessionSummary session(ResultSet rs, int n) throws SQLException {
        return new SessionSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalTime.class), rs.getInt(7),
                rs.getObject(8, Integer.class), rs.getBoolean(9), rs.getBoolean(10), rs.getBoolean(11),
                rs.getString(12), rs.getString(13), rs.getInt(14), rs.getInt(15));
    }

    static Set<TargetGroup> groups(String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        var set = EnumSet.noneOf(TargetGroup.class);
        Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(s -> set.add(TargetGroup.valueOf(s)));
        return set;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

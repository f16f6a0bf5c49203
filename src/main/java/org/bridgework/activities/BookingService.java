package org.bridgework.activities;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Places on sessions with a capacity, and a waiting list in the order people asked. Every booking and
 * cancellation first locks the session's row (SELECT ... FOR UPDATE), so that two people can never take
 * the last place, and a freed place always goes to the person at the head of the list. READ COMMITTED, because
 * under REPEATABLE READ the counts after the lock would come from a snapshot taken before it.
 */
@Service
public class BookingService {

    private final JdbcClient jdbc;
    private final ActivityScope scope;
    private final OutboxService outbox;
    private final PartnerLinks partnerLinks;
    private final ResidentService residents;
    private final AuditService audit;
    private final Clock clock;

    BookingService(JdbcClient jdbc, ActivityScope scope, OutboxService outbox, PartnerLinks partnerLinks,
                   ResidentService residents, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.outbox = outbox;
        this.partnerLinks = partnerLinks;
        this.residents = residents;
        this.audit = audit;
        this.clock = clock;
    }

    /** Books a place, or a place on the waiting list when the session is full. Booking twice returns the first booking. */
    @PreAuthorize(Access.STAFF_OR_PARTNER)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public BookingDetails book(long sessionId, long residentId) {
        long org = scope.requireSession(sessionId);
        var session = lock(sessionId);
        if (session.cancelled) {
            throw InvalidInputException.of("session", "This session has been cancelled, so it cannot be booked.");
        }
        Optional<Long> existing = jdbc.sql("select id from session_booking where session_id = ? and resident_id = ? and status <> 'CANCELLED'")
                .params(sessionId, residentId).query(Long.class).optional();
        if (existing.isPresent()) {
            return one(existing.get());
        }
        int booked = countBooked(sessionId);
        BookingStatus status = session.capacity == null || booked < session.capacity ? BookingStatus.BOOKED : BookingStatus.WAITING;
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into session_booking (session_id, resident_id, status, requested_at, booked_by) values (?, ?, ?, ?, ?)")
                .params(sessionId, residentId, status.name(), Timestamp.from(clock.instant()), scope.username()).update(keys);
        long id = keys.getKey().longValue();
        audit.recordCreate("BOOKING", id, residentId, status.name() + " for session " + sessionId);
        if (status == BookingStatus.BOOKED) {
            outbox.queue(residentId, id, "CONFIRMATION", "Your place at " + session.title + " is booked",
                    "Your place at " + session.title + " on " + session.when() + " is booked. We look forward to seeing you.");
        } else {
            outbox.queue(residentId, id, "WAITING_LIST", "You are on the waiting list for " + session.title,
                    session.title + " on " + session.when() + " is full. You are on the waiting list and we will tell you if a place comes up.");
        }
        partnerLinks.changed(residentId, org, String.valueOf(id), true);
        return one(id);
    }

    /** Cancels a booking. A freed place goes to the first person waiting, who is told. */
    @PreAuthorize(Access.STAFF_OR_PARTNER)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void cancel(long bookingId) {
        Long sessionId = jdbc.sql("select session_id from session_booking where id = ?").param(bookingId).query(Long.class)
                .optional().orElseThrow(() -> InvalidInputException.of("booking", "This booking no longer exists."));
        long org = scope.requireSession(sessionId);
        var session = lock(sessionId);
        var before = one(bookingId);
        if (before.status() == BookingStatus.CANCELLED) {
            return;
        }
        jdbc.sql("update session_booking set status = 'CANCELLED', cancelled_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), bookingId).update();
        audit.recordChange("BOOKING", bookingId, before.residentId(), "cancelled (was " + before.status() + ")");
        partnerLinks.changed(before.residentId(), org, String.valueOf(bookingId), false);
        promote(sessionId, session);
    }

    private void promote(long sessionId, LockedSession session) {
        while (session.capacity == null || countBooked(sessionId) < session.capacity) {
            var next = jdbc.sql("select id, resident_id from session_booking where session_id = ? and status = 'WAITING' order by id limit 1")
                    .param(sessionId).query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).optional();
            if (next.isEmpty()) {
                return;
            }
            long id = next.get()[0];
            long residentId = next.get()[1];
            jdbc.sql("update session_booking set status = 'BOOKED', promoted_at = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), id).update();
            audit.recordChange("BOOKING", id, residentId, "promoted from the waiting list");
            outbox.queue(residentId, id, "PROMOTED", "A place has come up at " + session.title,
                    "Good news: a place has come up at " + session.title + " on " + session.when()
                            + " and it is yours. If you can no longer come, please let us know.");
        }
    }

    @PreAuthorize(Access.STAFF_OR_PARTNER)
    @Transactional(readOnly = true)
    public List<BookingDetails> bookings(long sessionId) {
        if (scope.partnerOrganisation().isPresent()) {
            scope.requireSession(sessionId);
        }
        var rows = jdbc.sql("select id, session_id, resident_id, status, requested_at from session_booking where session_id = ? order by id")
                .param(sessionId).query((rs, n) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        BookingStatus.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant()}).list();
        Map<Long, String> names = names(rows.stream().map(r -> (Long) r[2]).toList());
        var result = new ArrayList<BookingDetails>();
        int position = 0;
        for (Object[] r : rows) {
            var status = (BookingStatus) r[3];
            result.add(new BookingDetails((Long) r[0], (Long) r[1], (Long) r[2], names.getOrDefault((Long) r[2], "Resident " + r[2]),
                    status, status == BookingStatus.WAITING ? ++position : 0, (java.time.Instant) r[4]));
        }
        return result;
    }

    private BookingDetails one(long id) {
        var r = jdbc.sql("select id, session_id, resident_id, status, requested_at from session_booking where id = ?").param(id)
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), BookingStatus.valueOf(rs.getString(4)),
                        rs.getTimestamp(5).toInstant()}).single();
        int position = r[3] == BookingStatus.WAITING ? jdbc.sql("select count(*) from session_booking where session_id = ? and status = 'WAITING' and id <= ?")
                .params(r[1], id).query(Integer.class).single() : 0;
        return new BookingDetails((Long) r[0], (Long) r[1], (Long) r[2], "Resident " + r[2], (BookingStatus) r[3], position,
                (java.time.Instant) r[4]);
    }

    private Map<Long, String> names(List<Long> ids) {
        return residents.summaries(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(ResidentSummary::id, ResidentSummary::displayName, (a, b) -> a));
    }

    private int countBooked(long sessionId) {
        return jdbc.sql("select count(*) from session_booking where session_id = ? and status = 'BOOKED'").param(sessionId)
                .query(Integer.class).single();
    }

    private LockedSession lock(long sessionId) {
        jdbc.sql("select id from activity_session where id = ? for update").param(sessionId).query(Long.class).single();
        return jdbc.sql("""
                        select s.capacity, s.cancelled, a.title, s.session_date, s.start_time, a.venue
                        from activity_session s join activity a on a.id = s.activity_id where s.id = ?""")
                .param(sessionId)
                .query((rs, n) -> new LockedSession(rs.getObject(1, Integer.class), rs.getBoolean(2), rs.getString(3),
                        rs.getString(4) + " at " + rs.getString(5).substring(0, 5) + (rs.getString(6) == null ? "" : ", " + rs.getString(6))))
                .single();
    }

    private record LockedSession(Integer capacity, boolean cancelled, String title, String when) {
    }
}

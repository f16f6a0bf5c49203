package org.bridgework.activities;

import org.bridgework.security.Access;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Messages to residents are written to an outbox inside the transaction that caused them, so that a
 * booking and its confirmation stand or fall together. Without consent to contact, nothing goes out: the
 * message is kept as SUPPRESSED so that staff can see why a resident heard nothing.
 */
@Service
public class OutboxService {

    static final String PENDING = "PENDING";
    static final String SUPPRESSED = "SUPPRESSED";

    private final JdbcClient jdbc;
    private final ObjectProvider<ContactConsent> consent;
    private final Clock clock;

    OutboxService(JdbcClient jdbc, ObjectProvider<ContactConsent> consent, Clock clock) {
        this.jdbc = jdbc;
        this.consent = consent;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void queue(long residentId, Long bookingId, String kind, String subject, String body) {
        ContactConsent rule = consent.orderedStream().findFirst().orElse(null);
        String reason = rule == null ? "No consent record is available, so the resident is not contacted."
                : rule.mayContact(residentId) ? null : "The resident has not agreed to be contacted.";
        jdbc.sql("""
                        insert into outbox_message (resident_id, booking_id, kind, subject, body, status, reason, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(residentId, bookingId, kind, subject, body, reason == null ? PENDING : SUPPRESSED, reason,
                        Timestamp.from(clock.instant()))
                .update();
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional(readOnly = true)
    public List<OutboxMessage> page(String status, int offset, int limit) {
        return jdbc.sql("select * from outbox_message where (? is null or status = ?) order by id desc limit ? offset ?")
                .params(status, status, limit, offset)
                .query((rs, n) -> new OutboxMessage(rs.getLong("id"), rs.getLong("resident_id"), rs.getString("kind"),
                        rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("status"),
                        rs.getString("reason"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    /** Messages about one resident, for their subject access export and for tests. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public List<OutboxMessage> forResident(long residentId) {
        return jdbc.sql("select id from outbox_message where resident_id = ? order by id").param(residentId)
                .query(Long.class).list().stream().map(this::one).toList();
    }

    private OutboxMessage one(long id) {
        return jdbc.sql("select * from outbox_message where id = ?").param(id)
                .query((rs, n) -> new OutboxMessage(rs.getLong("id"), rs.getLong("resident_id"), rs.getString("kind"),
                        rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("status"),
                        rs.getString("reason"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant()))
                .single();
    }

    /** Queues a reminder for every confirmed place at the day's sessions, once per booking. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional
    public int queueReminders(LocalDate day) {
        var due = jdbc.sql("""
                        select b.id, b.resident_id, a.title, s.start_time, a.venue from session_booking b
                        join activity_session s on s.id = b.session_id join activity a on a.id = s.activity_id
                        where s.session_date = ? and not s.cancelled and b.status = 'BOOKED'
                          and not exists (select 1 from outbox_message m where m.booking_id = b.id and m.kind = 'REMINDER')""")
                .param(day)
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)})
                .list();
        for (Object[] r : due) {
            queue((Long) r[1], (Long) r[0], "REMINDER", "Reminder: " + r[2],
                    "A reminder that you have a place at " + r[2] + " on " + day + " at " + r[3]
                            + (r[4] == null ? "" : ", " + r[4]) + ". If you cannot come, please let us know so someone else can have your place.");
        }
        return due.size();
    }
}

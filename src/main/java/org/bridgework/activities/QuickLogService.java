package org.bridgework.activities;

import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalTime;
import java.util.Set;

/** An officer's "it happened, these people came" in one step: an activity, its one session and its register. */
@Service
public class QuickLogService {

    private static final LocalTime DEFAULT_START = LocalTime.of(10, 0);

    private final ActivityService activities;
    private final RegisterService registers;
    private final JdbcClient jdbc;

    QuickLogService(ActivityService activities, RegisterService registers, JdbcClient jdbc) {
        this.activities = activities;
        this.registers = registers;
        this.jdbc = jdbc;
    }

    /** Returns the new session's id. */
    @PreAuthorize(Access.STAFF_OR_PARTNER)
    @Transactional
    public long log(QuickLog q) {
        new InvalidInputException.Collector()
                .check(q.title() != null && !q.title().isBlank(), "title", "Give the activity a name.")
                .check(q.typeId() != null, "type", "Choose the type of activity.")
                .check(q.date() != null, "date", "Enter the date it happened.")
                .check(q.deliveringOrgId() != null, "organisation", "Choose who delivered it.")
                .throwIfAny();
        long programme = jdbc.sql("""
                        select id from activity_programme where active order by name = 'Community events' desc, id limit 1""")
                .query(Long.class).single();
        long activityId = activities.save(new ActivityForm(null, 0, q.title(), programme, q.typeId(), q.deliveringOrgId(),
                null, q.wardCode(), Set.of(), null, false, false, "Logged after the event"));
        long sessionId = activities.schedule(activityId, Recurrence.once(q.date(), DEFAULT_START, 60)).getFirst();
        registers.save(sessionId, q.attendeeIds().stream().distinct().map(id -> RegisterMark.of(id, Mark.PRESENT)).toList());
        return sessionId;
    }
}

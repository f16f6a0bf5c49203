package org.bridgework.activities;

import org.bridgework.residents.PersonalDataSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A resident's bookings, attendance, Community Builders connections and messages, for a subject access export. */
@Component
class ActivitiesPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;

    ActivitiesPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String title() {
        return "Activities, events and library sessions";
    }

    @Override
    public Map<String, Object> dataFor(long residentId) {
        var data = new LinkedHashMap<String, Object>();
        data.put("bookings", rows("""
                select a.title activity, s.session_date date, s.start_time time, b.status, b.requested_at requested, b.cancelled_at cancelled
                from session_booking b join activity_session s on s.id = b.session_id join activity a on a.id = s.activity_id
                where b.resident_id = ? order by s.session_date""", residentId));
        data.put("attendance", rows("""
                select a.title activity, s.session_date date, t.status, t.accompanied_by_id accompanied_by_resident
                from session_attendance t join activity_session s on s.id = t.session_id join activity a on a.id = s.activity_id
                where t.resident_id = ? order by s.session_date""", residentId));
        data.put("communityConnections", rows("""
                select coalesce(a.title, c.group_name) connected_to, c.builder_username community_builder, c.connected_on,
                       c.isolation_at_first, c.isolation_at_review, c.reviewed_on, c.notes
                from community_connection c left join activity a on a.id = c.activity_id where c.resident_id = ?""", residentId));
        data.put("messages", rows("""
                select kind, subject, body, status, reason, created_at, sent_at from outbox_message where resident_id = ? order by id""", residentId));
        return data;
    }

    private List<Map<String, Object>> rows(String sql, long residentId) {
        return jdbc.sql(sql).param(residentId).query().listOfRows();
    }
}

package org.bridgework.activities;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/** Community Builders' connections: which resident was connected to what, by whom, and whether they feel less isolated. */
@Service
public class ConnectionService {

    private final JdbcClient jdbc;
    private final ActivityScope scope;
    private final AuditService audit;

    ConnectionService(JdbcClient jdbc, ActivityScope scope, AuditService audit) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','OFFICER')")
    @Transactional
    public long save(ConnectionForm f) {
        new InvalidInputException.Collector()
                .check(f.activityId() != null || (f.groupName() != null && !f.groupName().isBlank()), "connectedTo",
                        "Choose the activity, or name the group, the resident was connected to.")
                .check(f.connectedOn() != null, "connectedOn", "Enter the date of the connection.")
                .check(validScale(f.isolationAtFirst()), "isolationAtFirst", "Use a number from 1 (not isolated) to 5 (very isolated).")
                .check(validScale(f.isolationAtReview()), "isolationAtReview", "Use a number from 1 (not isolated) to 5 (very isolated).")
                .check(f.isolationAtReview() == null || f.reviewedOn() != null, "reviewedOn", "Enter the date of the review.")
                .throwIfAny();
        String group = f.groupName() == null || f.groupName().isBlank() ? null : f.groupName().trim();
        if (f.id() == null) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                            insert into community_connection (resident_id, activity_id, group_name, builder_username, connected_on,
                                                              isolation_at_first, isolation_at_review, reviewed_on, notes)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(f.residentId(), f.activityId(), group, scope.username(), f.connectedOn(), f.isolationAtFirst(),
                            f.isolationAtReview(), f.reviewedOn(), f.notes()).update(keys);
            long id = keys.getKey().longValue();
            audit.recordCreate("COMMUNITY_CONNECTION", id, f.residentId(), null);
            return id;
        }
        jdbc.sql("""
                        update community_connection set activity_id = ?, group_name = ?, connected_on = ?, isolation_at_first = ?,
                               isolation_at_review = ?, reviewed_on = ?, notes = ? where id = ? and resident_id = ?""")
                .params(f.activityId(), group, f.connectedOn(), f.isolationAtFirst(), f.isolationAtReview(), f.reviewedOn(),
                        f.notes(), f.id(), f.residentId()).update();
        audit.recordChange("COMMUNITY_CONNECTION", f.id(), f.residentId(), "updated");
        return f.id();
    }

    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','OFFICER')")
    @Transactional(readOnly = true)
    public List<ConnectionDetails> forResident(long residentId) {
        audit.recordView("COMMUNITY_CONNECTION", null, residentId);
        return jdbc.sql("""
                        select c.id, c.resident_id, c.activity_id, coalesce(a.title, c.group_name), c.builder_username, c.connected_on,
                               c.isolation_at_first, c.isolation_at_review, c.reviewed_on, c.notes
                        from community_connection c left join activity a on a.id = c.activity_id
                        where c.resident_id = ? order by c.connected_on desc, c.id desc""").param(residentId)
                .query((rs, n) -> new ConnectionDetails(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, Integer.class),
                        rs.getObject(8, Integer.class), rs.getObject(9, LocalDate.class), rs.getString(10)))
                .list();
    }

    /** Change in isolation between first contact and review, for connections made in the period; aggregated in SQL. */
    @PreAuthorize(Access.REPORTS)
    @Transactional(readOnly = true)
    public IsolationChange isolationChange(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select count(*), coalesce(sum(isolation_at_review < isolation_at_first), 0),
                               coalesce(sum(isolation_at_review = isolation_at_first), 0),
                               coalesce(sum(isolation_at_review > isolation_at_first), 0),
                               coalesce(avg(isolation_at_review - isolation_at_first), 0)
                        from community_connection c left join activity a on a.id = c.activity_id
                        where c.connected_on between ? and ? and isolation_at_first is not null and isolation_at_review is not null"""
                        + scope.condition("a.delivering_org_id"))
                .params(from, to)
                .query((rs, n) -> new IsolationChange(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getDouble(5)))
                .single();
    }

    private static boolean validScale(Integer v) {
        return v == null || (v >= 1 && v <= 5);
    }
}

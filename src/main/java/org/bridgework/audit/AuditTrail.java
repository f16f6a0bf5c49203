package org.bridgework.audit;

import org.bridgework.security.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reading the trail: administrators only. Pages are cut in SQL, newest first. */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize(Access.ADMINS)
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        var where = new StringBuilder(" where 1=1");
        var params = new ArrayList<Object>();
        if (query.actor() != null && !query.actor().isBlank()) {
            where.append(" and actor = ?");
            params.add(query.actor().trim().toLowerCase());
        }
        if (query.subjectType() != null && !query.subjectType().isBlank()) {
            where.append(" and subject_type = ?");
            params.add(query.subjectType());
        }
        if (query.residentId() != null) {
            where.append(" and resident_id = ?");
            params.add(query.residentId());
        }
        if (query.from() != null) {
            where.append(" and occurred_at >= ?");
            params.add(query.from().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            where.append(" and occurred_at < ?");
            params.add(query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select id, occurred_at, actor, actor_role, client_address, action, subject_type, subject_id,"
                        + " resident_id, details from audit_entry" + where + " order by id desc limit ? offset ?")
                .params(params)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        (Long) rs.getObject(8, Long.class), (Long) rs.getObject(9, Long.class), rs.getString(10)))
                .list();
    }

    /** "Who has seen this record": every distinct person who opened or changed it, with when they last did. */
    @PreAuthorize(Access.ADMINS)
    @Transactional(readOnly = true)
    public List<AccessSummary> whoHasSeen(long residentId) {
        return jdbc.sql("""
                        select actor, max(actor_role), count(*), max(occurred_at) from audit_entry
                        where resident_id = ? group by actor order by max(occurred_at) desc""")
                .param(residentId)
                .query((rs, n) -> new AccessSummary(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /**
     * Residents whose newest CREATE or CHANGE entry is older than {@code cutoff}, oldest first: the candidates
     * for a retention policy. Views do not count as activity. Residents already anonymised are left out, and
     * with them every entry the anonymisation itself caused (the job's own and other features' erasures).
     */
    @PreAuthorize(Access.ADMINS)
    @Transactional(readOnly = true)
    public List<ResidentActivity> residentsWithoutChangeSince(java.time.Instant cutoff, int limit) {
        return jdbc.sql("""
                        select a.resident_id, max(a.occurred_at) from audit_entry a
                        where a.resident_id is not null and a.action in ('CREATE', 'CHANGE')
                          and not exists (select 1 from audit_entry x where x.resident_id = a.resident_id
                                          and x.subject_type = 'RESIDENT' and x.action = 'CHANGE'
                                          and x.details like 'anonymised:%')
                        group by a.resident_id having max(a.occurred_at) < ?
                        order by max(a.occurred_at), a.resident_id limit ?""")
                .params(cutoff, limit)
                .query((rs, n) -> new ResidentActivity(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                .list();
    }

    public record ResidentActivity(long residentId, java.time.Instant lastActivityAt) {
    }

    public record AccessSummary(String actor, String role, int times, java.time.Instant lastAt) {
    }
}

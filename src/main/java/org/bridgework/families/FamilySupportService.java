package org.bridgework.families;

import org.bridgework.audit.AuditService;
import org.bridgework.security.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** What the rest of the council may know of family support: who to contact about a resident, nothing more. */
@Service
public class FamilySupportService {

    private final JdbcClient jdbc;
    private final AuditService audit;

    FamilySupportService(JdbcClient jdbc, AuditService audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The lead worker of the resident's open case (the most recent, if several), by name and contact only. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public Optional<LeadWorkerContact> leadWorkerFor(long residentId) {
        var found = jdbc.sql("""
                        select w.display_name, w.phone, w.email from family_case c
                        join family_worker w on w.user_id = c.lead_worker_id
                        where c.status <> 'CLOSED'
                          and exists (select 1 from family_case_member m where m.case_id = c.id and m.resident_id = ?)
                        order by c.received_at desc limit 1""")
                .param(residentId)
                .query((rs, n) -> new LeadWorkerContact(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
        // even knowing that a resident has a family worker is sensitive
        found.ifPresent(c -> audit.recordView("FAMILY_LEAD_WORKER", null, residentId));
        return found;
    }
}

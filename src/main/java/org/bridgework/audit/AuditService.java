package org.bridgework.audit;

import org.bridgework.platform.FieldChange;
import org.bridgework.platform.MultiRowSql;
import org.bridgework.platform.RequestContext;
import org.bridgework.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the append-only audit trail: who, when, from where, and what. A change is recorded in the
 * same transaction as the change itself; a view is recorded in its own, so that even a read-only
 * look at a record leaves its mark. The database refuses any UPDATE or DELETE of an entry.
 */
@Service
public class AuditService {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditService(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One entry of a batch. The entries of a batch share the actor, the client's address and the time. */
    public record Entry(String subjectType, Long subjectId, Long residentId, String details) {
    }

    /** Anyone whose action changes data is audited: there is no role check on writing the trail. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(String subjectType, Long subjectId, Long residentId, String details) {
        insert(AuditAction.CHANGE, subjectType, subjectId, residentId, details);
    }

    /** A change to each of many records, e.g. everyone on a register, written in one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChanges(List<Entry> entries) {
        insert(AuditAction.CHANGE, entries);
    }

    /** The creation of each of many records, written in one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordCreates(List<Entry> entries) {
        insert(AuditAction.CREATE, entries);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordCreate(String subjectType, Long subjectId, Long residentId, String details) {
        insert(AuditAction.CREATE, subjectType, subjectId, residentId, details);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordFieldChanges(String subjectType, Long subjectId, Long residentId, List<FieldChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        String details = changes.stream()
                .map(c -> c.field() + ": '" + c.before() + "' -> '" + c.after() + "'")
                .collect(Collectors.joining("; "));
        insert(AuditAction.CHANGE, subjectType, subjectId, residentId, details);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordDelete(String subjectType, Long subjectId, Long residentId, String details) {
        insert(AuditAction.DELETE, subjectType, subjectId, residentId, details);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordView(String subjectType, Long subjectId, Long residentId) {
        insert(AuditAction.VIEW, subjectType, subjectId, residentId, null);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordExport(String subjectType, Long subjectId, Long residentId, String details) {
        insert(AuditAction.EXPORT, subjectType, subjectId, residentId, details);
    }

    private void insert(AuditAction action, String subjectType, Long subjectId, Long residentId, String details) {
        insert(action, List.of(new Entry(subjectType, subjectId, residentId, details)));
    }

    private void insert(AuditAction action, List<Entry> entries) {
        var user = currentUser.get();
        var now = clock.instant();
        String actor = currentUser.usernameOrSystem();
        String role = user.map(u -> u.role().name()).orElse(null);
        String address = RequestContext.clientAddress();
        var rows = entries.stream().map(e -> new Object[]{now, actor, role, address, action.name(), e.subjectType(),
                e.subjectId(), e.residentId(), e.details()}).toList();
        MultiRowSql.insert(jdbc, """
                insert into audit_entry (occurred_at, actor, actor_role, client_address, action,
                                         subject_type, subject_id, resident_id, details)""", rows, null);
    }
}

package org.bridgework.families;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Case notes. A note is never edited: a correction is a new note amending the original, and both are kept.
 * Restricted notes are filtered out in the query for anyone but the lead worker, the author and managers.
 * Partners add notes only on cases they have accepted, and those notes are never restricted.
 */
@Service
public class CaseNoteService {

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final AuditService audit;
    private final Clock clock;

    CaseNoteService(JdbcClient jdbc, CaseAccess access, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Access.FAMILY_CASEWORK_OR_PARTNER)
    @Transactional
    public long add(long caseId, NoteType type, LocalDate occurredOn, String body, boolean restricted) {
        boolean partner = access.isPartner();
        if (partner) {
            access.requirePartnerWorking(caseId);
        } else {
            access.requireVisible(caseId);
        }
        var errors = new InvalidInputException.Collector()
                .check(type != null, "type", "Choose the kind of note.")
                .check(occurredOn != null, "occurredOn", "Enter the date.")
                .check(occurredOn == null || !occurredOn.isAfter(LocalDate.now(clock.withZone(FamilyCaseService.LONDON))),
                        "occurredOn", "The date cannot be in the future.")
                .check(body != null && !body.isBlank(), "body", "Write the note.")
                .check(body == null || body.length() <= 20_000, "body", "Keep the note under 20,000 characters.")
                .check(!(partner && restricted), "restricted", "Partner organisations cannot write restricted notes.");
        errors.throwIfAny();
        long id = insert(caseId, type, occurredOn, body.trim(), restricted, null);
        if (type.isContact()) {
            jdbc.sql("""
                            update family_case set first_contact_on = ? where id = ?
                            and (first_contact_on is null or first_contact_on > ?)""")
                    .params(occurredOn, caseId, occurredOn).update();
        }
        audit.recordCreate("FAMILY_NOTE", id, null, type.label() + " note on case " + caseId + (restricted ? " (restricted)" : ""));
        return id;
    }

    /** Corrects a note by adding an amendment; the original stays as it was. */
    @PreAuthorize(Access.FAMILY_CASEWORK_OR_PARTNER)
    @Transactional
    public long amend(long noteId, String correction) {
        var original = visibleNote(noteId);
        if (access.isPartner()) {
            access.requirePartnerWorking(original.caseId);
        }
        if (correction == null || correction.isBlank()) {
            throw InvalidInputException.of("body", "Write the correction.");
        }
        long root = original.amendsNoteId != null ? original.amendsNoteId : noteId;
        long id = insert(original.caseId, original.type, original.occurredOn, correction.trim(), original.restricted, root);
        audit.recordCreate("FAMILY_NOTE", id, null, "amendment of note " + root);
        return id;
    }

    /** The notes of a case the reader may see, newest first, each with its amendments. */
    @PreAuthorize(Access.FAMILY_CASEWORK_OR_PARTNER)
    @Transactional(readOnly = true)
    public List<CaseNote> notes(long caseId) {
        access.requireVisible(caseId);
        var scope = access.cases("c").and(access.notes("n", "c"));
        var params = new ArrayList<Object>();
        params.add(caseId);
        params.addAll(scope.params());
        var rows = jdbc.sql("""
                        select n.id, n.note_type, n.occurred_on, n.body, n.restricted, n.author, n.author_org_id,
                               n.created_at, n.amends_note_id
                        from family_note n join family_case c on c.id = n.case_id
                        where n.case_id = ? and (""" + scope.sql() + ") order by n.occurred_on desc, n.id desc")
                .params(params)
                .query((rs, i) -> new CaseNote(rs.getLong(1), NoteType.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getBoolean(5), rs.getString(6),
                        rs.getObject(7, Long.class), rs.getTimestamp(8).toInstant(), rs.getObject(9, Long.class),
                        new ArrayList<>()))
                .list();
        Map<Long, CaseNote> originals = new LinkedHashMap<>();
        rows.stream().filter(n -> n.amendsNoteId() == null).forEach(n -> originals.put(n.id(), n));
        rows.stream().filter(n -> n.amendsNoteId() != null).sorted((a, b) -> Long.compare(a.id(), b.id()))
                .forEach(a -> {
                    var o = originals.get(a.amendsNoteId());
                    if (o != null) {
                        o.amendments().add(a);
                    }
                });
        return originals.values().stream().map(n -> new CaseNote(n.id(), n.type(), n.occurredOn(), n.body(), n.restricted(),
                n.author(), n.authorOrganisationId(), n.createdAt(), null, List.copyOf(n.amendments()))).toList();
    }

    private record Original(long caseId, NoteType type, LocalDate occurredOn, boolean restricted, Long amendsNoteId) {
    }

    private Original visibleNote(long noteId) {
        var scope = access.cases("c").and(access.notes("n", "c"));
        var params = new ArrayList<Object>();
        params.add(noteId);
        params.addAll(scope.params());
        return jdbc.sql("""
                        select n.case_id, n.note_type, n.occurred_on, n.restricted, n.amends_note_id
                        from family_note n join family_case c on c.id = n.case_id where n.id = ? and (""" + scope.sql() + ")")
                .params(params)
                .query((rs, i) -> new Original(rs.getLong(1), NoteType.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getBoolean(4), rs.getObject(5, Long.class)))
                .optional()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("This note is not available to you."));
    }

    private long insert(long caseId, NoteType type, LocalDate on, String body, boolean restricted, Long amends) {
        var user = access.user();
        jdbc.sql("""
                        insert into family_note (case_id, note_type, occurred_on, body, restricted, amends_note_id, author,
                                                 author_org_id, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, type.name(), on, body, restricted, amends, user.getUsername(),
                        user.isPartner() ? user.organisationId().orElse(null) : null, clock.instant())
                .update();
        return jdbc.sql("select last_insert_id()").query(Long.class).single();
    }
}

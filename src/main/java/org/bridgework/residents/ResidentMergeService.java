package org.bridgework.residents;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Access;
import org.bridgework.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Two records for one person become one. The duplicate is kept (marked merged) so that the merge can be
 * undone within 30 days; what moved is written to resident_merge, so the undo puts back exactly that.
 * Other features move their own rows when they hear {@link ResidentsMerged}, inside the same transaction.
 */
@Service
public class ResidentMergeService {

    static final Duration UNDO_WINDOW = Duration.ofDays(30);

    private final ResidentRepository residents;
    private final JdbcClient jdbc;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    ResidentMergeService(ResidentRepository residents, JdbcClient jdbc, AuditService audit,
                         ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.residents = residents;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A merge that can still be undone, or was. */
    public record MergeRecord(long id, long survivorId, long duplicateId, String reason, Instant mergedAt,
                              String mergedBy, Instant undoneAt, boolean canUndo) {
    }

    @PreAuthorize(Access.MANAGERS)
    @Transactional
    public void mergeResidents(long survivorId, long duplicateId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Say why these records are the same person, for the audit trail.");
        }
        if (survivorId == duplicateId) {
            throw InvalidInputException.of("duplicate", "Choose a different record: a record cannot be merged into itself.");
        }
        var survivor = live(survivorId, "survivor");
        var duplicate = live(duplicateId, "duplicate");
        var filled = fillBlanks(survivor, duplicate);
        Long survivorHouseholdBefore = survivor.householdId;
        HouseholdRelationship survivorRelationshipBefore = survivor.householdRelationship;
        Long duplicateHousehold = duplicate.householdId;
        HouseholdRelationship duplicateRelationship = duplicate.householdRelationship;
        if (survivor.householdId == null && duplicate.householdId != null) {
            survivor.householdId = duplicate.householdId;
            survivor.householdRelationship = duplicate.householdRelationship;
        }
        duplicate.householdId = null;
        duplicate.householdRelationship = null;
        duplicate.mergedIntoId = survivor.id;
        Instant now = clock.instant();
        survivor.updatedAt = now;
        duplicate.updatedAt = now;
        residents.saveAndFlush(survivor);
        residents.saveAndFlush(duplicate);
        jdbc.sql("""
                        insert into resident_merge (survivor_id, duplicate_id, reason, merged_at, merged_by,
                            duplicate_household_id, duplicate_relationship, survivor_household_id, survivor_relationship, filled_fields)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(survivor.id, duplicate.id, reason.trim(), now, currentUser.usernameOrSystem(), duplicateHousehold,
                        name(duplicateRelationship), survivorHouseholdBefore, name(survivorRelationshipBefore),
                        String.join(",", filled))
                .update();
        audit.recordChange("RESIDENT", survivor.id, survivor.id, "merged resident " + duplicate.id + " into this record"
                + (filled.isEmpty() ? "" : " (filled in: " + String.join(", ", filled) + ")") + ": " + reason.trim());
        audit.recordChange("RESIDENT", duplicate.id, duplicate.id, "merged into resident " + survivor.id + ": " + reason.trim());
        events.publishEvent(new ResidentsMerged(survivor.id, duplicate.id, false));
    }

    /** Restores the duplicate as its own record and takes back what the merge moved. */
    @PreAuthorize(Access.MANAGERS)
    @Transactional
    public void undoMerge(long duplicateId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Say why the merge is being undone, for the audit trail.");
        }
        var merge = latest(duplicateId)
                .orElseThrow(() -> InvalidInputException.of("merge", "This record has not been merged, so there is nothing to undo."));
        if (merge.undoneAt() != null) {
            throw InvalidInputException.of("merge", "This merge has already been undone.");
        }
        if (!merge.canUndo()) {
            throw InvalidInputException.of("merge", "Merges can be undone for 30 days only; this one was on "
                    + LocalDate.ofInstant(merge.mergedAt(), clock.getZone()) + ".");
        }
        var duplicate = residents.findById(duplicateId).orElseThrow();
        var survivor = residents.findById(merge.survivorId()).orElseThrow();
        if (survivor.mergedIntoId != null) {
            throw InvalidInputException.of("merge", "The surviving record has since been merged into resident "
                    + survivor.mergedIntoId + ". Undo that merge first.");
        }
        var row = jdbc.sql("select duplicate_household_id, duplicate_relationship, survivor_household_id,"
                        + " survivor_relationship, filled_fields from resident_merge where id = ?")
                .param(merge.id()).query((rs, n) -> new Object[]{rs.getObject(1, Long.class), rs.getString(2),
                        rs.getObject(3, Long.class), rs.getString(4), rs.getString(5)}).single();
        Long duplicateHousehold = (Long) row[0];
        Long survivorHouseholdBefore = (Long) row[2];
        if (duplicateHousehold != null && survivorHouseholdBefore == null
                && Objects.equals(survivor.householdId, duplicateHousehold)) {
            survivor.householdId = null;
            survivor.householdRelationship = null;
        }
        duplicate.householdId = duplicateHousehold;
        duplicate.householdRelationship = row[1] == null ? null : HouseholdRelationship.valueOf((String) row[1]);
        String filled = (String) row[4];
        if (filled != null && !filled.isBlank()) {
            Arrays.stream(filled.split(",")).forEach(field -> unfill(survivor, duplicate, field));
        }
        duplicate.mergedIntoId = null;
        Instant now = clock.instant();
        survivor.updatedAt = now;
        duplicate.updatedAt = now;
        residents.saveAndFlush(survivor);
        residents.saveAndFlush(duplicate);
        jdbc.sql("update resident_merge set undone_at = ?, undone_by = ?, undo_reason = ? where id = ?")
                .params(now, currentUser.usernameOrSystem(), reason.trim(), merge.id()).update();
        audit.recordChange("RESIDENT", survivor.id, survivor.id, "undid merge of resident " + duplicate.id + ": " + reason.trim());
        audit.recordChange("RESIDENT", duplicate.id, duplicate.id, "merge into resident " + survivor.id + " undone: " + reason.trim());
        events.publishEvent(new ResidentsMerged(survivor.id, duplicate.id, true));
    }

    /** The most recent merge of this record into another, if any. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public Optional<MergeRecord> latest(long duplicateId) {
        Instant cutoff = clock.instant().minus(UNDO_WINDOW);
        return jdbc.sql("select id, survivor_id, duplicate_id, reason, merged_at, merged_by, undone_at from resident_merge"
                        + " where duplicate_id = ? order by merged_at desc, id desc limit 1")
                .param(duplicateId)
                .query((rs, n) -> {
                    Instant mergedAt = rs.getTimestamp(5).toInstant();
                    Instant undoneAt = rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant();
                    return new MergeRecord(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), mergedAt,
                            rs.getString(6), undoneAt, undoneAt == null && mergedAt.isAfter(cutoff));
                }).optional();
    }

    private Resident live(long id, String field) {
        var r = residents.findById(id).orElseThrow(() -> InvalidInputException.of(field, "There is no resident " + id + "."));
        if (r.mergedIntoId != null) {
            throw InvalidInputException.of(field, "Resident " + id + " has already been merged into resident " + r.mergedIntoId + ".");
        }
        if (r.anonymisedAt != null) {
            throw InvalidInputException.of(field, "Resident " + id + " has been anonymised and cannot be merged.");
        }
        return r;
    }

    /** The survivor keeps its own details; only what it lacks is taken from the duplicate. */
    private static List<String> fillBlanks(Resident s, Resident d) {
        var filled = new ArrayList<String>();
        if (s.preferredName == null && d.preferredName != null) {
            s.preferredName = d.preferredName;
            filled.add("preferredName");
        }
        if (s.dateOfBirth == null && d.dateOfBirth != null) {
            s.dateOfBirth = d.dateOfBirth;
            filled.add("dateOfBirth");
        }
        if (s.phone == null && d.phone != null) {
            s.phone = d.phone;
            filled.add("phone");
        }
        if (s.email == null && d.email != null) {
            s.email = d.email;
            filled.add("email");
        }
        if (s.accessibilityNeeds == null && d.accessibilityNeeds != null) {
            s.accessibilityNeeds = d.accessibilityNeeds;
            filled.add("accessibilityNeeds");
        }
        s.applyNameKeys();
        return filled;
    }

    /** Empties a field the merge filled, unless someone has changed it since. */
    private static void unfill(Resident s, Resident d, String field) {
        switch (field) {
            case "preferredName" -> s.preferredName = Objects.equals(s.preferredName, d.preferredName) ? null : s.preferredName;
            case "dateOfBirth" -> s.dateOfBirth = Objects.equals(s.dateOfBirth, d.dateOfBirth) ? null : s.dateOfBirth;
            case "phone" -> s.phone = Objects.equals(s.phone, d.phone) ? null : s.phone;
            case "email" -> s.email = Objects.equals(s.email, d.email) ? null : s.email;
            case "accessibilityNeeds" -> s.accessibilityNeeds = Objects.equals(s.accessibilityNeeds, d.accessibilityNeeds) ? null : s.accessibilityNeeds;
            default -> {
            }
        }
        s.applyNameKeys();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}

package org.bridgework.privacy;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.FieldChange;
import org.bridgework.residents.ResidentAnonymised;
import org.bridgework.residents.ResidentsMerged;
import org.bridgework.security.Access;
import org.bridgework.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Equality monitoring answers: special category data (UK GDPR Art. 9), kept apart from the resident record.
 * Only administrators read or write a person's answers; reports get counts, never people.
 */
@Service
public class EqualityMonitoringService {

    /** Counts below this are withheld, so that a small group cannot be used to single a person out. */
    public static final int DISCLOSURE_THRESHOLD = 5;

    private final EqualityMonitoringRepository answers;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;

    EqualityMonitoringService(EqualityMonitoringRepository answers, AuditService audit, CurrentUser currentUser,
                              JdbcClient jdbc, Clock clock) {
        this.answers = answers;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize(Access.ADMINS)
    @Transactional(readOnly = true)
    public Optional<EqualityAnswers> find(long residentId) {
        var found = answers.findByResidentId(residentId).map(EqualityMonitoring::toAnswers);
        audit.recordView("EQUALITY_MONITORING", null, residentId);
        return found;
    }

    /** The audit names which questions changed, not the answers: the trail must not become a second copy of them. */
    @PreAuthorize(Access.ADMINS)
    @Transactional
    public EqualityAnswers save(long residentId, EqualityAnswers form) {
        var existing = answers.findByResidentId(residentId);
        if (existing.isPresent() && existing.get().version != form.version()) {
            throw new ConcurrentEditException("These equality answers",
                    FieldChange.between(labels(form), labels(existing.get().toAnswers())));
        }
        var row = existing.orElseGet(() -> {
            var r = new EqualityMonitoring();
            r.residentId = residentId;
            return r;
        });
        var before = row.toAnswers().byField();
        row.apply(form);
        row.updatedAt = clock.instant();
        row.updatedBy = currentUser.usernameOrSystem();
        answers.saveAndFlush(row);
        String changedQuestions = form.byField().keySet().stream()
                .filter(f -> !Objects.equals(before.get(f), form.byField().get(f)))
                .map(EqualityField::label).collect(Collectors.joining(", "));
        if (existing.isEmpty()) {
            audit.recordCreate("EQUALITY_MONITORING", row.id, residentId, "answered: " + changedQuestions);
        } else if (!changedQuestions.isEmpty()) {
            audit.recordChange("EQUALITY_MONITORING", row.id, residentId, "changed: " + changedQuestions);
        }
        return row.toAnswers();
    }

    /**
     * How many residents in the scope gave each answer to one question, counted in SQL. Answers with
     * fewer than {@link #DISCLOSURE_THRESHOLD} residents come back with a null count.
     */
    @PreAuthorize(Access.MANAGERS)
    @Transactional(readOnly = true)
    public List<EqualityCount> countsBy(EqualityField field, EqualityScope scope) {
        var sql = new StringBuilder("select e." + field.column() + ", count(*) from equality_monitoring e where e."
                + field.column() + " is not null");
        var params = new ArrayList<Object>();
        if (scope.wardCode() != null) {
            // the ward lives on the resident record; only the ward code is read, to scope the count
            sql.append(" and e.resident_id in (select r.id from resident r where r.ward_code = ?)");
            params.add(scope.wardCode());
        }
        if (scope.residentIdsSubquery() != null) {
            sql.append(" and e.resident_id in (").append(scope.residentIdsSubquery()).append(")");
            params.addAll(scope.parameters());
        }
        sql.append(" group by e.").append(field.column());
        var counted = new HashMap<String, Long>();
        jdbc.sql(sql.toString()).params(params).query((rs, n) -> counted.put(rs.getString(1), rs.getLong(2))).list();
        var result = new ArrayList<EqualityCount>();
        for (EqualityAnswer a : field.answers()) {
            long c = counted.getOrDefault(a.name(), 0L);
            result.add(new EqualityCount(a, c > 0 && c < DISCLOSURE_THRESHOLD ? null : c));
        }
        return result;
    }

    private static java.util.Map<String, String> labels(EqualityAnswers a) {
        var m = new java.util.LinkedHashMap<String, String>();
        a.byField().forEach((f, v) -> m.put(f.label(), v == null ? "" : v.label()));
        return m;
    }

    /** The survivor's own answers win; the duplicate's are moved only when the survivor has none, so an undo can move them back. */
    @EventListener
    @Transactional
    void onMerge(ResidentsMerged merged) {
        if (merged.undo()) {
            answers.findByResidentIdAndMergedFromId(merged.survivorId(), merged.duplicateId()).ifPresent(row -> {
                row.residentId = merged.duplicateId();
                row.mergedFromId = null;
                answers.saveAndFlush(row);
            });
        } else if (answers.findByResidentId(merged.survivorId()).isEmpty()) {
            answers.findByResidentId(merged.duplicateId()).ifPresent(row -> {
                row.residentId = merged.survivorId();
                row.mergedFromId = merged.duplicateId();
                answers.saveAndFlush(row);
            });
        }
    }

    /** Special category data about a person whose record is erased goes entirely. */
    @EventListener
    @Transactional
    void onAnonymised(ResidentAnonymised anonymised) {
        answers.findByResidentId(anonymised.residentId()).ifPresent(row -> {
            answers.delete(row);
            audit.recordDelete("EQUALITY_MONITORING", row.id, anonymised.residentId(), "erased with the resident's record");
        });
    }
}

package org.bridgework.privacy;

import org.bridgework.audit.AuditService;
import org.bridgework.audit.AuditTrail;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.Access;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The retention policy: a resident with nothing created or changed about them for {@code bridgework.retention.years}
 * is anonymised. Their record stays, without personal data, so that counts and reports do not change.
 */
@Service
public class RetentionService {

    private final AuditTrail auditTrail;
    private final AuditService audit;
    private final ResidentService residents;
    private final Clock clock;
    private final int years;
    private final int batchSize;

    RetentionService(AuditTrail auditTrail, AuditService audit, ResidentService residents, Clock clock,
                     @Value("${bridgework.retention.years:6}") int years,
                     @Value("${bridgework.retention.batch-size:500}") int batchSize) {
        this.auditTrail = auditTrail;
        this.audit = audit;
        this.residents = residents;
        this.clock = clock;
        this.years = years;
        this.batchSize = batchSize;
    }

    public int years() {
        return years;
    }

    /** The date before which no activity means anonymisation. */
    public Instant cutoff() {
        return clock.instant().atZone(ZoneOffset.UTC).minusYears(years).toInstant();
    }

    /** Who would be anonymised now, oldest activity first. Changes nothing. */
    @PreAuthorize(Access.ADMINS)
    @Transactional(readOnly = true)
    public List<RetentionCandidate> dryRun(int limit) {
        var due = auditTrail.residentsWithoutChangeSince(cutoff(), limit);
        Map<Long, String> names = residents.summaries(due.stream().map(AuditTrail.ResidentActivity::residentId).toList())
                .stream().collect(Collectors.toMap(ResidentSummary::id, ResidentSummary::displayName, (a, b) -> a));
        return due.stream()
                .map(d -> new RetentionCandidate(d.residentId(), names.getOrDefault(d.residentId(), "(no record)"), d.lastActivityAt()))
                .toList();
    }

    /**
     * Anonymises up to one batch of due residents, all or none: returns how many. Each anonymisation is
     * audited by the residents feature; the run itself is audited here.
     */
    @PreAuthorize(Access.ADMINS)
    @Transactional
    public int run() {
        Instant cutoff = cutoff();
        var due = auditTrail.residentsWithoutChangeSince(cutoff, batchSize);
        String since = cutoff.atZone(ZoneOffset.UTC).toLocalDate().toString();
        due.forEach(d -> residents.anonymise(d.residentId(), "retention policy, no activity since " + since));
        audit.recordChange("RETENTION_RUN", null, null, "anonymised " + due.size() + " residents with no activity since "
                + since + " (" + years + " years)");
        return due.size();
    }

    int batchSize() {
        return batchSize;
    }

}

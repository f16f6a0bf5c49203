package org.bridgework.audit;

import java.time.Instant;

public record AuditEntry(long id, Instant occurredAt, String actor, String actorRole, String clientAddress,
                         String action, String subjectType, Long subjectId, Long residentId, String details) {
}

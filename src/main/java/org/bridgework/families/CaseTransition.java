package org.bridgework.families;

import java.time.Instant;

public record CaseTransition(CaseStatus from, CaseStatus to, String actor, Instant occurredAt, String reason) {
}

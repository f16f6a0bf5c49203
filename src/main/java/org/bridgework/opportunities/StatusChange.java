package org.bridgework.opportunities;

import java.time.Instant;

public record StatusChange(OpportunityStatus from, OpportunityStatus to, String reason, Instant at, String by) {
}

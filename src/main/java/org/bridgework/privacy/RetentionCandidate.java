package org.bridgework.privacy;

import java.time.Instant;

/** A resident the retention policy would anonymise, and when anything was last recorded about them. */
public record RetentionCandidate(long residentId, String displayName, Instant lastActivityAt) {
}

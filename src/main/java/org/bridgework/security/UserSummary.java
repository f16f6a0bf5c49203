package org.bridgework.security;

import java.time.Instant;

public record UserSummary(long id, long version, String username, String displayName, Role role,
                          Long organisationId, Long residentId, boolean enabled, Instant lastSignInAt) {
}

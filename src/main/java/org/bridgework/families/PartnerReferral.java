package org.bridgework.families;

import java.time.Instant;

public record PartnerReferral(long id, long caseId, long organisationId, String organisationName, String scope,
                              PartnerReferralStatus status, String referredBy, Instant referredAt, String responseNote) {
}

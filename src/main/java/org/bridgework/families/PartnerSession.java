package org.bridgework.families;

import java.time.LocalDate;

public record PartnerSession(long id, long partnerReferralId, LocalDate heldOn, int durationMinutes, String summary,
                             String recordedBy) {
}

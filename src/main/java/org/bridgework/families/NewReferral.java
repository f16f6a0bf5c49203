package org.bridgework.families;

import java.time.LocalDate;
import java.util.List;

/** What a referral into family support says: who referred, which household, for what needs, with what consent. */
public record NewReferral(Long householdId, ReferralSource source, String referrerName, String details,
                          List<Long> needIds, Boolean consentToShare, LocalDate consentDate, String urgencyCode) {
}

package org.bridgework.families;

import org.bridgework.residents.ResidentSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One case as its reader may see it. For a partner, the referral narrative and consent details are left out
 * ({@code null}): the partner sees who the family is, the needs, and what was referred to it.
 */
public record CaseDetail(CaseSummary summary, long version, long householdId, ReferralSource source, String referrerName,
                         String referralDetails, Boolean consentToShare, LocalDate consentDate,
                         TriageDecision triageDecision, Long redirectedOrganisationId, Instant closedAt,
                         LocalDate followUpDue, LocalDate followUpDoneOn, Boolean followUpHeld,
                         List<ResidentSummary> members, List<Need> needs) {
}

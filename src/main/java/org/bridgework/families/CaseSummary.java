package org.bridgework.families;

import java.time.Instant;
import java.time.LocalDate;

public record CaseSummary(long id, String familyName, CaseStatus status, String urgency, Long leadWorkerId,
                          String leadWorkerName, Instant receivedAt, LocalDate firstContactDue, LocalDate firstContactOn,
                          LocalDate nextReviewDate) {

    public boolean firstContactOverdue(LocalDate today) {
        return firstContactOn == null && status != CaseStatus.CLOSED && firstContactDue.isBefore(today);
    }

    /** Calendar days from the referral to the first visit, call or meeting; null until there has been one. */
    public Long daysToFirstContact() {
        return firstContactOn == null ? null
                : java.time.temporal.ChronoUnit.DAYS.between(receivedAt.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate(),
                firstContactOn);
    }

    public boolean reviewOverdue(LocalDate today) {
        return nextReviewDate != null && status != CaseStatus.CLOSED && nextReviewDate.isBefore(today);
    }
}

package org.bridgework.opportunities;

import java.time.LocalDate;

/**
 * An opportunity as shown, and the form for creating or editing one. {@code hourlyRatePence} null means unpaid;
 * {@code paysLivingWage} is worked out by the service from the rate and the configured London Living Wage.
 */
public record Opportunity(Long id, long version, long organisationId, String title, OpportunityType type,
                          Integer apprenticeshipLevel, Sector sector, String location, String wardCode,
                          LocalDate startDate, LocalDate endDate, int places, Integer minAge, Integer maxAge,
                          boolean careLeaversOnly, boolean cityResidentsOnly, String otherEligibility,
                          Integer hourlyRatePence, boolean paysLivingWage, String howToApply, OpportunityStatus status) {

    public static Opportunity blank(long organisationId) {
        return new Opportunity(null, 0, organisationId, "", OpportunityType.WORK_EXPERIENCE, null, Sector.OTHER, null,
                null, null, null, 1, null, null, false, false, null, null, false, "", OpportunityStatus.DRAFT);
    }

    public boolean unpaid() {
        return hourlyRatePence == null;
    }
}

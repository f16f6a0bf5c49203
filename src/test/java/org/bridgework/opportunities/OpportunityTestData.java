package org.bridgework.opportunities;

import java.time.LocalDate;

/** Opportunity forms for tests, varied only where a test needs it. */
final class OpportunityTestData {

    private OpportunityTestData() {
    }

    static Opportunity apprenticeship(long organisationId, String title, Integer rate) {
        return new Opportunity(null, 0, organisationId, title, OpportunityType.APPRENTICESHIP, 3, Sector.FINANCIAL_SERVICES,
                "1 Lime Street", "E05009291", LocalDate.of(2027, 9, 1), LocalDate.of(2028, 8, 31), 4, 16, 24, false, false,
                null, rate, false, "Apply online at the employer's careers page", OpportunityStatus.DRAFT);
    }

    static Opportunity withAges(Opportunity o, Integer min, Integer max, boolean careLeaversOnly, boolean cityOnly) {
        return new Opportunity(o.id(), o.version(), o.organisationId(), o.title(), o.type(), o.apprenticeshipLevel(), o.sector(),
                o.location(), o.wardCode(), o.startDate(), o.endDate(), o.places(), min, max, careLeaversOnly, cityOnly,
                o.otherEligibility(), o.hourlyRatePence(), o.paysLivingWage(), o.howToApply(), o.status());
    }
}

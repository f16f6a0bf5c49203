package org.bridgework.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Demo-like grants for the funding tests. */
final class FundingFixtures {

    static final String BRIDGING_DIVIDES = "Bridging Divides (test grants)";

    private FundingFixtures() {
    }

    static Grant grant(long recipientId, String title, String amount, LocalDate awarded, List<String> wards) {
        return new Grant(null, 0, title, "Money advice and community groups for residents on low incomes.",
                new BigDecimal(amount), "GBP", awarded, awarded.plusMonths(1), awarded.plusMonths(13), BRIDGING_DIVIDES,
                "GB-CHC-1035628", "City Bridge Trust", recipientId, null, null, wards, null, null);
    }
}

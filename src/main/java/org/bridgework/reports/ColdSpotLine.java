package org.bridgework.reports;

import java.math.BigDecimal;

/**
 * One area of a cold-spots report, as shown: the participant count may be hidden (small numbers), and then so is
 * the rate per 1,000 residents, which would give it away. {@code position} is the row's place in the ranking.
 */
public record ColdSpotLine(int position, String code, String name, Double deprivationDecile, long residents,
                           Long sessionsDelivered, SmallNumberSuppression.Cell participants,
                           Double participationPerThousand, BigDecimal fundingGbp, Integer needRank,
                           Integer provisionRank, Integer score) {

    public boolean ranked() {
        return score != null;
    }
}

package org.bridgework.reports;

import java.util.List;
import java.util.Set;

/**
 * A ranked cold-spots table. {@code measures} says which provision figures any source reported, so a view shows
 * a funding column only once funding is recorded. {@code partnerOnly} is true when provision is one partner's own.
 */
public record ColdSpotReport(AreaLevel level, ReportPeriod period, boolean partnerOnly, List<ColdSpotLine> lines,
                             Set<ProvisionMeasure> measures, SmallNumberSuppression.Cell totalParticipants,
                             int minCellSize) {
}

package org.bridgework.opportunities;

import java.time.LocalDate;
import java.util.List;

/** A large employer's transfer of apprenticeship levy to a smaller one, and the apprenticeships it pays for. */
public record LevyPledge(Long id, long pledgingOrganisationId, long receivingOrganisationId, int amountPledgedPounds,
                         int amountUsedPounds, LocalDate pledgedOn, List<Long> apprenticeshipIds) {
}

package org.bridgework.opportunities;

import java.time.LocalDate;

/** One thing a resident would like to do: a sector, a kind of opportunity, or both. */
public record ResidentInterest(Long id, long residentId, Sector sector, OpportunityType type, boolean careLeaver,
                               String recordedBy, LocalDate recordedOn) {
}

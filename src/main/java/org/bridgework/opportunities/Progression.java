package org.bridgework.opportunities;

import java.time.LocalDate;

/** A resident's employment at one checkpoint, optionally tied to the opportunity it followed. */
public record Progression(Long id, long residentId, Long opportunityId, Checkpoint checkpoint, EmploymentStatus status,
                          PayBand payBand, boolean paidLivingWage, LocalDate recordedOn) {
}

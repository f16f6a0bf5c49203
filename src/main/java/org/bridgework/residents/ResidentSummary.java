package org.bridgework.residents;

import java.time.LocalDate;

/** What other features may know of a resident: enough to show and pick them, no more. */
public record ResidentSummary(long id, String displayName, LocalDate dateOfBirth, String postcode, String wardCode,
                              Long householdId) {
}

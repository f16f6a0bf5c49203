package org.bridgework.timecredits;

import java.time.LocalDate;

/**
 * Hours given by a volunteer. Staff logging hours set {@code residentId} and {@code confirmedBy};
 * a volunteer's own claim ignores {@code residentId} (it is always theirs) and waits for approval.
 */
public record HoursForm(Long residentId, Long organisationId, String activity, LocalDate date, Integer minutes,
                        String confirmedBy) {
}

package org.bridgework.activities;

import java.time.LocalDate;

/**
 * One volunteer's attendance at a volunteering session; a register save publishes them together in a
 * {@link VolunteeringRegisterSaved}. Time Credits turns it into credits. {@code attendanceKey} identifies the attendance
 * (session and resident), so a listener can issue exactly once however often the register is saved.
 */
public record VolunteeringAttended(String attendanceKey, long residentId, long organisationId, long activityId,
                                   String activityName, LocalDate date, int minutes, String confirmedBy) {
}

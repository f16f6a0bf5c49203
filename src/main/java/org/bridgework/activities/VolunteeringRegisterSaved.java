package org.bridgework.activities;

import java.util.List;

/**
 * Published when a register of a volunteering activity is saved, carrying every volunteer marked present or
 * late, so that Time Credits can issue for the whole register in a few statements rather than a few per person.
 * Published on every save, with each attendance's {@link VolunteeringAttended#attendanceKey()}: a listener issues
 * exactly once per key, so a re-save or a correction never double-counts and a failed first save is retried.
 */
public record VolunteeringRegisterSaved(long sessionId, List<VolunteeringAttended> attendances) {

    public VolunteeringRegisterSaved {
        attendances = List.copyOf(attendances);
    }
}

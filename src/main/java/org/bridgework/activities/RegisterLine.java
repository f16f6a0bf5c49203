package org.bridgework.activities;

import java.time.LocalDate;

/** One person on a session's register: booked, or already marked. {@code mark} is null until marked. */
public record RegisterLine(long residentId, String name, LocalDate dateOfBirth, boolean booked, Mark mark,
                           Long accompaniedById) {
}

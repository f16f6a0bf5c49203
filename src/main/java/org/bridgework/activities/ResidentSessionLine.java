package org.bridgework.activities;

/** A session in a resident's journey: their latest booking status and their mark, either may be null. */
public record ResidentSessionLine(SessionSummary session, BookingStatus booking, Mark mark) {
}

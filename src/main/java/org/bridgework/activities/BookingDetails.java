package org.bridgework.activities;

import java.time.Instant;

/** A booking on a session; {@code waitingPosition} is 1 for the next person to get a place, 0 when not waiting. */
public record BookingDetails(long id, long sessionId, long residentId, String residentName, BookingStatus status,
                             int waitingPosition, Instant requestedAt) {
}

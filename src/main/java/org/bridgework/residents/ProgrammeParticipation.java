package org.bridgework.residents;

import java.util.List;

/**
 * Lets the resident grid filter by programme without knowing where participation is recorded: the
 * activities feature implements it with a condition on its own bookings and attendance.
 */
public interface ProgrammeParticipation {

    List<Programme> programmes();

    /** An SQL condition on {@code residentIdColumn} with one '?' for the programme id. */
    String sqlCondition(String residentIdColumn);

    record Programme(long id, String name) {
    }
}

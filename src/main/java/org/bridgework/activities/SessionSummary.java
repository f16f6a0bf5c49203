package org.bridgework.activities;

import java.time.LocalDate;
import java.time.LocalTime;

/** One session as lists, the calendar and the register header show it. */
public record SessionSummary(long id, long activityId, String title, long deliveringOrgId, LocalDate date,
                             LocalTime startTime, int durationMinutes, Integer capacity, boolean cancelled,
                             boolean dropIn, boolean countsAsVolunteering, String venue, String wardCode,
                             int booked, int waiting) {

    public LocalTime endTime() {
        return startTime.plusMinutes(durationMinutes);
    }

    public String when() {
        return date + " " + startTime + "–" + endTime();
    }
}

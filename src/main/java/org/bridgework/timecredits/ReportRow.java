package org.bridgework.timecredits;

/** One line of a Time Credits report; {@code month} (yyyy-MM), partner or ward is null when not grouped by it. */
public record ReportRow(String month, Long organisationId, String organisationName, String wardCode, long minutesVolunteered,
                        long issued, long spent, long expired, long outstanding) {
}

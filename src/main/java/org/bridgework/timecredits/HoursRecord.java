package org.bridgework.timecredits;

import java.time.LocalDate;

public record HoursRecord(long id, long version, long residentId, Long organisationId, String activity, LocalDate date,
                          int minutes, HoursStatus status, String source, String recordedBy, String confirmedBy,
                          String decidedBy, String note, int creditsIssued) {
}

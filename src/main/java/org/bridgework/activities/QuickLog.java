package org.bridgework.activities;

import java.time.LocalDate;
import java.util.List;

/** A one-off activity logged after the fact, with the residents who came. */
public record QuickLog(String title, Long typeId, Long deliveringOrgId, LocalDate date, String wardCode,
                       List<Long> attendeeIds) {
}

package org.bridgework.activities;

import java.time.LocalDate;

public record ConnectionDetails(long id, long residentId, Long activityId, String connectedTo, String builder,
                                LocalDate connectedOn, Integer isolationAtFirst, Integer isolationAtReview,
                                LocalDate reviewedOn, String notes) {
}

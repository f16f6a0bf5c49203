package org.bridgework.activities;

import java.time.LocalDate;

/**
 * A Community Builder connecting a resident to a group or activity. Isolation is the resident's own
 * answer on a 1 (not at all isolated) to 5 (very isolated) scale, at first contact and at review.
 */
public record ConnectionForm(Long id, long residentId, Long activityId, String groupName, LocalDate connectedOn,
                             Integer isolationAtFirst, Integer isolationAtReview, LocalDate reviewedOn, String notes) {
}

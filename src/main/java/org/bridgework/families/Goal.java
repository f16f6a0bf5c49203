package org.bridgework.families;

import java.time.LocalDate;

/** A goal of the family's action plan. {@code id} null means a new goal. */
public record Goal(Long id, long version, long caseId, Long needId, String description, String owner, LocalDate dueDate,
                   GoalStatus status) {

    public boolean overdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && (status == GoalStatus.NOT_STARTED || status == GoalStatus.IN_PROGRESS);
    }
}

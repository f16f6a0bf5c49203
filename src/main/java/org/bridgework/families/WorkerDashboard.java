package org.bridgework.families;

import java.util.List;

/** A family worker's to-do list: reviews due, overdue goals, new referrals, overdue first contacts, follow-ups due. */
public record WorkerDashboard(List<CaseSummary> reviewsDue, List<OverdueGoal> goalsOverdue, List<CaseSummary> newReferrals,
                              List<CaseSummary> firstContactsOverdue, List<CaseSummary> followUpsDue) {

    public record OverdueGoal(long caseId, String familyName, String description, String owner, java.time.LocalDate dueDate) {
    }
}

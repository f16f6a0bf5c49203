package org.bridgework.families;

import java.util.List;

/** The manager's figures, each aggregated in SQL. */
public record ManagerOverview(List<Caseload> caseloads, Double averageDaysToFirstContact, long firstContactsOverdue,
                              List<NeedCount> casesByNeed, List<NeedOutcomeCount> outcomes) {

    public record Caseload(Long workerId, String worker, long open, long reviewsOverdue) {
    }

    public record NeedCount(String need, long openCases, long allCases) {
    }

    public record NeedOutcomeCount(String need, long achieved, long partly, long notAchieved) {
    }
}

package org.bridgework.families;

import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CasePlanServiceTest extends FamilyTestBase {

    @Autowired
    CasePlanService plans;

    @Test
    void distanceTravelledIsLatestMinusFirstPerNeedWithTheFamilyAverage() {
        var lead = sharedWorker();
        long caseId = acceptedCase(household(2), lead);
        var ids = needIds(3);
        long education = ids.get(0), early = ids.get(1), health = ids.get(2);
        LocalDate start = LocalDate.now().minusMonths(4);
        plans.recordAssessment(caseId, start, List.of(new NeedScore(education, 3, "Missing school"),
                new NeedScore(early, 5, null), new NeedScore(health, 8, "Well")));
        cases.transition(caseId, CaseStatus.ACTIVE, "Plan agreed");
        plans.recordReview(caseId, start.plusMonths(2), List.of(new NeedScore(education, 5, null),
                new NeedScore(early, 4, null), new NeedScore(health, 6, null)), LocalDate.now().plusMonths(1));
        plans.recordReview(caseId, start.plusMonths(3), List.of(new NeedScore(education, 9, null),
                new NeedScore(early, 7, null)), LocalDate.now().plusMonths(2));

        var d = plans.distanceTravelled(caseId);
        assertThat(d.rows()).extracting(DistanceTravelled.Row::needId, DistanceTravelled.Row::firstScore,
                        DistanceTravelled.Row::latestScore, DistanceTravelled.Row::distance)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(education, 3, 9, 6),
                        org.assertj.core.groups.Tuple.tuple(early, 5, 7, 2),
                        org.assertj.core.groups.Tuple.tuple(health, 8, 6, -2));
        assertThat(d.familyAverage()).isCloseTo(2.0, within(0.0001));
        assertThat(cases.open(caseId).summary().nextReviewDate()).isEqualTo(LocalDate.now().plusMonths(2));
    }

    @Test
    void noScoresMeansNoAverage() {
        assertThat(CasePlanService.distance(List.of()).familyAverage()).isNull();
        var one = CasePlanService.distance(List.of(new ScoreRecord(1, "A", "ASSESSMENT", LocalDate.now(), 4, null)));
        assertThat(one.rows().getFirst().distance()).isZero();
    }

    @Test
    void scoresOutsideOneToTenAreRefused() {
        var lead = sharedWorker();
        long caseId = acceptedCase(household(1), lead);
        long need = needIds(1).getFirst();
        assertThatThrownBy(() -> plans.recordAssessment(caseId, LocalDate.now(), List.of(new NeedScore(need, 11, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("score-" + need));
        assertThatThrownBy(() -> plans.recordAssessment(caseId, LocalDate.now(), List.of(new NeedScore(need, 0, null))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(plans.scores(caseId)).isEmpty();
    }

    @Test
    void goalsUseOptimisticLockingAndOverdueGoalsReachTheDashboard() {
        var lead = sharedWorker();
        long caseId = acceptedCase(household(1), lead);
        var goal = plans.saveGoal(new Goal(null, 0, caseId, null, "Attend school every day", "Sam", LocalDate.now().minusDays(3),
                GoalStatus.IN_PROGRESS));
        assertThat(goal.overdue(LocalDate.now())).isTrue();
        var updated = plans.saveGoal(new Goal(goal.id(), goal.version(), caseId, null, goal.description(), "Sam and mum",
                goal.dueDate(), GoalStatus.IN_PROGRESS));
        assertThat(updated.version()).isEqualTo(goal.version() + 1);
        assertThatThrownBy(() -> plans.saveGoal(goal)).isInstanceOfSatisfying(ConcurrentEditException.class,
                e -> assertThat(e.theirChanges()).extracting(org.bridgework.platform.FieldChange::field).containsExactly("Owner"));
        assertThat(plans.goals(caseId)).extracting(Goal::owner).containsExactly("Sam and mum");
    }

    @Test
    void outcomesAtClosureAndTheFollowUp() {
        var lead = sharedWorker();
        long caseId = acceptedCase(household(1), lead);
        var ids = needIds(2);
        cases.transition(caseId, CaseStatus.ACTIVE, "Plan agreed");
        cases.transition(caseId, CaseStatus.CLOSED, "Goals met");
        plans.recordOutcomes(caseId, Map.of(ids.get(0), NeedOutcome.ACHIEVED, ids.get(1), NeedOutcome.PARTLY));
        assertThat(plans.outcomes(caseId)).containsEntry(ids.get(0), NeedOutcome.ACHIEVED).containsEntry(ids.get(1), NeedOutcome.PARTLY);
        cases.recordFollowUp(caseId, true, "Still attending school");
        var c = cases.open(caseId);
        assertThat(c.followUpHeld()).isTrue();
        assertThat(c.followUpDoneOn()).isEqualTo(cases.today());
    }
}

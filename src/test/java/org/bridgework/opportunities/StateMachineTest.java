package org.bridgework.opportunities;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.opportunities.ApplicationStep.*;

/** Every pair of states, allowed or refused, for opportunities and for applications. */
class StateMachineTest {

    @Test
    void opportunityStatusMovesOnlyForwardOrReopens() {
        Map<OpportunityStatus, Set<OpportunityStatus>> allowed = Map.of(
                OpportunityStatus.DRAFT, EnumSet.of(OpportunityStatus.PUBLISHED),
                OpportunityStatus.PUBLISHED, EnumSet.of(OpportunityStatus.CLOSED),
                OpportunityStatus.CLOSED, EnumSet.of(OpportunityStatus.PUBLISHED));
        for (var from : OpportunityStatus.values()) {
            for (var to : OpportunityStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed.get(from).contains(to));
            }
        }
    }

    @Test
    void applicationsMoveOneStepAtATimeOrAreWithdrawnWhileOpen() {
        Map<ApplicationStep, Set<ApplicationStep>> allowed = Map.of(
                REFERRED, EnumSet.of(APPLIED, WITHDRAWN),
                APPLIED, EnumSet.of(INTERVIEW, WITHDRAWN),
                INTERVIEW, EnumSet.of(OFFERED, WITHDRAWN),
                OFFERED, EnumSet.of(STARTED, WITHDRAWN),
                STARTED, EnumSet.of(COMPLETED, WITHDRAWN),
                COMPLETED, EnumSet.noneOf(ApplicationStep.class),
                WITHDRAWN, EnumSet.noneOf(ApplicationStep.class));
        for (var from : ApplicationStep.values()) {
            for (var to : ApplicationStep.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed.get(from).contains(to));
            }
        }
    }
}

package org.bridgework.activities;

import org.bridgework.IntegrationTest;
import org.bridgework.TestFixtures;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrategyServiceTest extends IntegrationTest {

    @Autowired
    StrategyService strategy;

    @Test
    void theFourOutcomesAndTheirHeadingsAreLoaded() {
        fixtures.signInAs(Role.OFFICER);
        var outcomes = strategy.list(StrategyKind.OUTCOME, true);
        assertThat(outcomes).extracting(StrategyItem::name).startsWith(
                "Everyone can develop the skills and talent they need to thrive",
                "Opportunity is accessed more evenly and equally across society",
                "Businesses and organisations are representative and trusted",
                "We role model and enable social mobility in the way we operate");
        long second = outcomes.get(1).id();
        assertThat(strategy.list(StrategyKind.HEADING, true)).filteredOn(h -> h.parentId() == second).extracting(StrategyItem::name)
                .contains("Support and deliver social action, social integration, networking and understand the impact of conscious and unconscious biases");
        assertThat(strategy.list(StrategyKind.TYPE, true)).filteredOn(StrategyItem::librarySession).hasSize(10);
        assertThat(strategy.list(StrategyKind.PROGRAMME, true)).extracting(StrategyItem::name)
                .contains("Community Builders", "Time Credits", "Library services", "Healthy cooking");
        long type = TestActivities.type(strategy, "Community Builders group");
        assertThat(strategy.strategyPathOfType(type)).startsWith("Opportunity is accessed").contains("social action");
    }

    @Test
    void administratorsAddAndRenameTypesWithoutACodeChange() {
        fixtures.signInAs(Role.ADMIN);
        long heading = strategy.list(StrategyKind.HEADING, true).getFirst().id();
        String name = TestFixtures.unique("Digital skills drop-in ");
        var added = strategy.save(new StrategyItem(null, 0, StrategyKind.TYPE, name, heading, 0, true, true));
        var renamed = strategy.save(new StrategyItem(added.id(), added.version(), StrategyKind.TYPE, name + " (renamed)", heading, 0, true, false));

        assertThat(renamed.name()).endsWith("(renamed)");
        assertThat(renamed.active()).isFalse();
        assertThat(strategy.list(StrategyKind.TYPE, true)).extracting(StrategyItem::id).doesNotContain(added.id());
        assertThatThrownBy(() -> strategy.save(new StrategyItem(null, 0, StrategyKind.PROGRAMME, "Time Credits", null, 0, false, true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("name")).contains("already"));
        assertThatThrownBy(() -> strategy.save(new StrategyItem(null, 0, StrategyKind.TYPE, "Orphan", null, 0, false, true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("parent"));
    }

    @Test
    void officersCannotEditTheStrategy() {
        fixtures.signInAs(Role.OFFICER);
        assertThatThrownBy(() -> strategy.save(StrategyItem.blank(StrategyKind.PROGRAMME)))
                .isInstanceOf(AccessDeniedException.class);
    }
}

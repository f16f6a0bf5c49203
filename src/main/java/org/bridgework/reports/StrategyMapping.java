package org.bridgework.reports;

import org.bridgework.activities.StrategyItem;
import org.bridgework.activities.StrategyKind;
import org.bridgework.activities.StrategyService;

import java.util.List;

/**
 * Where the figures that have no activity type of their own count in the strategy. Volunteering hours and Time
 * Credits count where the "Volunteering" activity type does, family cases where "Family support session" does,
 * and connections not tied to an activity where "Community Builders group" does, so that an administrator who
 * moves those types to another heading moves these figures with them.
 */
record StrategyMapping(Place volunteering, Place family, Place builders) {

    /** A heading, its outcome and the programme the figures belong to; null when the strategy no longer has it. */
    record Place(long headingId, long outcomeId, Long programmeId) {
    }

    static StrategyMapping from(StrategyService strategy) {
        List<StrategyItem> types = strategy.list(StrategyKind.TYPE, false);
        List<StrategyItem> headings = strategy.list(StrategyKind.HEADING, false);
        List<StrategyItem> programmes = strategy.list(StrategyKind.PROGRAMME, false);
        return new StrategyMapping(place(types, headings, programmes, "Volunteering", "Time Credits"),
                place(types, headings, programmes, "Family support session", "Family support"),
                place(types, headings, programmes, "Community Builders group", "Community Builders"));
    }

    private static Place place(List<StrategyItem> types, List<StrategyItem> headings, List<StrategyItem> programmes,
                               String typeName, String programmeName) {
        var type = types.stream().filter(t -> t.name().equals(typeName)).findFirst();
        var heading = type.flatMap(t -> headings.stream().filter(h -> h.id().equals(t.parentId())).findFirst());
        Long programme = programmes.stream().filter(p -> p.name().equals(programmeName)).map(StrategyItem::id).findFirst().orElse(null);
        return heading.map(h -> new Place(h.id(), h.parentId(), programme)).orElse(null);
    }
}

package org.bridgework.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Cold spots: areas where need is high and provision is low. Each rankable area gets a need place (1st = lowest
 * IMD decile, the most deprived) and a provision place (1st = most residents taking part per 1,000 on record).
 * Areas that tie share the better place, as in a sports table (1, 2, 2, 4). The score is the provision place minus
 * the need place, so it is large where an area is near the top for need but near the bottom for provision. Ties
 * in score go to the more deprived area, then to the one with less participation, then by name. Areas without a
 * deprivation figure or without residents on record come last, unranked.
 */
public final class ColdSpotRanking {

    private ColdSpotRanking() {
    }

    public static List<RankedArea> rank(List<AreaProfile> areas) {
        List<AreaProfile> rankable = areas.stream().filter(AreaProfile::rankable).toList();
        Map<AreaProfile, Integer> need = places(rankable, AreaProfile::deprivationDecile, true);
        Map<AreaProfile, Integer> provision = places(rankable, AreaProfile::participationPerThousand, false);
        var ranked = new ArrayList<RankedArea>();
        for (AreaProfile area : rankable) {
            int n = need.get(area);
            int p = provision.get(area);
            ranked.add(new RankedArea(area, n, p, p - n));
        }
        ranked.sort(Comparator.comparing((RankedArea r) -> -r.score())
                .thenComparing(r -> r.area().deprivationDecile())
                .thenComparing(r -> r.area().participationPerThousand())
                .thenComparing(r -> r.area().name()));
        areas.stream().filter(a -> !a.rankable()).sorted(Comparator.comparing(AreaProfile::name))
                .forEach(a -> ranked.add(new RankedArea(a, null, null, null)));
        return ranked;
    }

    /** Competition places: 1 for the best, tied values share a place, and the next value skips the tied ones. */
    private static Map<AreaProfile, Integer> places(List<AreaProfile> areas, ToDoubleFunction<AreaProfile> value,
                                                    boolean lowestFirst) {
        Comparator<AreaProfile> order = Comparator.comparingDouble(value);
        List<AreaProfile> sorted = new ArrayList<>(areas);
        sorted.sort(lowestFirst ? order : order.reversed());
        Map<AreaProfile, Integer> places = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tiedWithPrevious = i > 0
                    && value.applyAsDouble(sorted.get(i)) == value.applyAsDouble(sorted.get(i - 1));
            places.put(sorted.get(i), tiedWithPrevious ? places.get(sorted.get(i - 1)) : i + 1);
        }
        return places;
    }
}

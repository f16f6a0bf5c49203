package org.bridgework.families;

import java.util.List;

/** Per need: latest score minus first score. {@code familyAverage} is the mean of the per-need distances. */
public record DistanceTravelled(List<Row> rows, Double familyAverage) {

    public record Row(long needId, String needLabel, int firstScore, int latestScore, int distance) {
    }
}

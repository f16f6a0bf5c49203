package org.bridgework.reports;

/**
 * An area with its places: {@code needRank} 1 = most deprived, {@code provisionRank} 1 = most participation per
 * 1,000 residents, and {@code score} = provision place minus need place (high = high need, low provision).
 * All three are null for an area that cannot be ranked.
 */
public record RankedArea(AreaProfile area, Integer needRank, Integer provisionRank, Integer score) {

    public boolean ranked() {
        return score != null;
    }
}

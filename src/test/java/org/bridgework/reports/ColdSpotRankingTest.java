package org.bridgework.reports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ColdSpotRankingTest {

    /** participants chosen so that each area has 1,000 residents and the rate equals the count. */
    private static AreaProfile area(String name, Double decile, long residents, long participants) {
        return new AreaProfile(name, name, decile, residents, 0L, participants, participants, null);
    }

    @Test
    void ranksHighNeedLowProvisionFirstWithTiesSharingAPlace() {
        // need places (decile, lowest first): A 1, D 1 (tie), B 3, C 4
        // provision places (per 1,000, highest first): D 1 (80), B 2 (50), C 3 (30), A 4 (10)
        // scores (provision - need): A 3, D 0, B -1, C -1; B before C as it is more deprived
        var ranked = ColdSpotRanking.rank(List.of(
                area("C", 8.0, 1000, 30), area("A", 2.0, 1000, 10), area("B", 5.0, 1000, 50), area("D", 2.0, 1000, 80)));

        assertThat(ranked).extracting(r -> r.area().name()).containsExactly("A", "D", "B", "C");
        assertThat(ranked).extracting(RankedArea::needRank).containsExactly(1, 1, 3, 4);
        assertThat(ranked).extracting(RankedArea::provisionRank).containsExactly(4, 1, 2, 3);
        assertThat(ranked).extracting(RankedArea::score).containsExactly(3, 0, -1, -1);
    }

    @Test
    void participationIsPerThousandResidentsSoASmallAreaWithFewParticipantsCanRankHigherForProvision() {
        // X: 10 of 100 residents = 100 per 1,000; Y: 20 of 1,000 = 20 per 1,000. Same need, so Y is the colder spot.
        var ranked = ColdSpotRanking.rank(List.of(area("X", 3.0, 100, 10), area("Y", 3.0, 1000, 20)));

        assertThat(ranked).extracting(r -> r.area().name()).containsExactly("Y", "X");
        assertThat(ranked.getFirst().area().participationPerThousand()).isEqualTo(20.0);
        assertThat(ranked).extracting(RankedArea::score).containsExactly(1, 0);
    }

    @Test
    void areasWithoutADeprivationFigureOrResidentsComeLastUnranked() {
        var ranked = ColdSpotRanking.rank(List.of(area("Unknown need", null, 500, 0), area("Empty", 4.0, 0, 0),
                area("Known", 6.0, 200, 3)));

        assertThat(ranked).extracting(r -> r.area().name()).containsExactly("Known", "Empty", "Unknown need");
        assertThat(ranked.get(0).ranked()).isTrue();
        assertThat(ranked.get(0).score()).isZero();
        assertThat(ranked.subList(1, 3)).noneMatch(RankedArea::ranked);
        assertThat(ranked.get(1).area().participationPerThousand()).isNull();
    }
}

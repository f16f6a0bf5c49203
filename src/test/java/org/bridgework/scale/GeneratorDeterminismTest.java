package org.bridgework.scale;

import org.bridgework.reference.Ward;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The same seed gives the same people in the same places; household sizes add up exactly. */
class GeneratorDeterminismTest {

    private static final List<Ward> WARDS = List.of(new Ward("E05009302", "Cripplegate"), new Ward("E05009308", "Portsoken"));

    @Test
    void theSameSeedGivesTheSameNamesPlacesAndHouseholds() {
        assertThat(draw(7)).isEqualTo(draw(7)).isNotEqualTo(draw(8));
    }

    @Test
    void householdSizesSumToTheResidentsAndNoHouseholdIsEmpty() {
        int[] sizes = HouseholdSizes.of(4_000, 10_000, new Random(1));
        assertThat(Arrays.stream(sizes).sum()).isEqualTo(10_000);
        assertThat(Arrays.stream(sizes).min().orElseThrow()).isPositive();
        assertThat(Arrays.stream(sizes).filter(s -> s == 1).count()).as("about a third live alone").isBetween(800L, 1_600L);
    }

    @Test
    void placesAreInTheCityForTheirShareAndHaveValidPostcodes() {
        var geography = new LondonGeography(WARDS, 0.5);
        var random = new Random(3);
        int inCity = 0;
        for (int i = 0; i < 2_000; i++) {
            var place = geography.place(random);
            assertThat(org.bridgework.residents.Postcode.normalise(place.postcode())).contains(place.postcode());
            assertThat(place.lsoaCode()).startsWith("E01");
            if (place.wardCode() != null) {
                inCity++;
                assertThat(place.borough()).isEqualTo("City of London");
            }
        }
        assertThat(inCity).isBetween(850, 1_150);
    }

    private static List<String> draw(long seed) {
        var names = new NamePools(seed);
        var geography = new LondonGeography(WARDS, 0.1);
        var random = new Random(seed);
        var out = new ArrayList<String>();
        for (int i = 0; i < 50; i++) {
            var pool = names.community(random);
            out.add(NamePools.pick(pool.given(), random).text() + " " + NamePools.pick(pool.family(), random).text()
                    + " " + geography.place(random) + " " + names.street(random));
        }
        out.add(Arrays.toString(HouseholdSizes.of(100, 250, random)));
        return out;
    }
}

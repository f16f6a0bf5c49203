package org.bridgework.residents;

import org.bridgework.IntegrationTest;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentSearchTest extends IntegrationTest {

    @Autowired
    ResidentService residents;

    private ResidentSummary create(String given, String family, LocalDate dob, String postcode, String ward, String borough) {
        return residents.create(new ResidentForm(null, 0, given, family, null, dob, null, null, null, null, "London",
                postcode, ward, borough, null, "English", false, null, null, null, null));
    }

    @Test
    void filtersByNamePrefixPostcodeWardAndAgeBand() {
        fixtures.signInAs(Role.OFFICER);
        String family = ResidentTestData.name();
        var today = LocalDate.now();
        var child = create("Kai", family, today.minusYears(7), "EC2Y 8DS", "E05009288", null);
        var adult = create("Lena", family, today.minusYears(30), "EC4M 7AN", "E05009300", null);
        var elder = create("Moses", family, today.minusYears(70).minusDays(3), "E1 7AD", null, "Tower Hamlets");

        assertThat(ids(new ResidentFilter(family.substring(0, 6).toLowerCase(), null, null, null)))
                .containsExactly(child.id(), adult.id(), elder.id());
        assertThat(ids(new ResidentFilter(family, "ec4m7an", null, null))).containsExactly(adult.id());
        assertThat(ids(new ResidentFilter(family, "EC2Y", null, null))).containsExactly(child.id());
        assertThat(ids(new ResidentFilter(family, null, "E05009300", null))).containsExactly(adult.id());
        assertThat(ids(new ResidentFilter(family, null, null, AgeBand.AGE_5_TO_10))).containsExactly(child.id());
        assertThat(ids(new ResidentFilter(family, null, null, AgeBand.AGE_65_PLUS))).containsExactly(elder.id());
        assertThat(ids(new ResidentFilter(family, null, null, AgeBand.AGE_16_TO_24))).isEmpty();
        assertThat(ids(new ResidentFilter("kai " + family.substring(0, 4), null, null, null))).containsExactly(child.id());
        assertThat(ids(new ResidentFilter(family + " ka", null, null, null))).containsExactly(child.id());
        assertThat(ids(new ResidentFilter("kai", "EC2Y 8", null, null))).contains(child.id()).doesNotContain(adult.id(), elder.id());
    }

    @Test
    void sortsByDateOfBirthAndPagesInTheDatabase() {
        fixtures.signInAs(Role.OFFICER);
        String family = ResidentTestData.name();
        var a = create("Ada", family, LocalDate.of(1990, 1, 1), null, "E05009288", null);
        var b = create("Bea", family, LocalDate.of(1950, 1, 1), null, "E05009288", null);
        var c = create("Cy", family, LocalDate.of(2010, 1, 1), null, "E05009288", null);
        var filter = new ResidentFilter(family, null, null, null);
        assertThat(residents.search(filter, ResidentSort.OLDEST_FIRST, 0, 10)).extracting(ResidentSummary::id)
                .containsExactly(b.id(), a.id(), c.id());
        assertThat(residents.search(filter, ResidentSort.YOUNGEST_FIRST, 0, 10)).extracting(ResidentSummary::id)
                .containsExactly(c.id(), a.id(), b.id());
        assertThat(residents.search(filter, ResidentSort.NAME, 1, 1)).extracting(ResidentSummary::id).containsExactly(b.id());
    }

    @Test
    void householdsGainAndLoseMembers() {
        fixtures.signInAs(Role.FAMILY_WORKER);
        String family = ResidentTestData.name();
        var mum = create("Rae", family, LocalDate.of(1985, 2, 2), null, "E05009288", null);
        var son = create("Tom", family, LocalDate.of(2015, 2, 2), null, "E05009288", null);
        long household = residents.createHousehold(family + " family");
        residents.addToHousehold(mum.id(), household, HouseholdRelationship.PARENT);
        residents.addToHousehold(son.id(), household, HouseholdRelationship.CHILD);
        assertThat(residents.household(household)).hasValueSatisfying(h -> assertThat(h.members())
                .extracting(m -> m.resident().id(), HouseholdDetails.Member::relationship)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(mum.id(), HouseholdRelationship.PARENT),
                        org.assertj.core.groups.Tuple.tuple(son.id(), HouseholdRelationship.CHILD)));
        residents.removeFromHousehold(son.id());
        assertThat(residents.householdMembers(household)).extracting(ResidentSummary::id).containsExactly(mum.id());
        assertThat(residents.open(son.id()).orElseThrow().householdId()).isNull();
    }

    private java.util.List<Long> ids(ResidentFilter filter) {
        return residents.search(filter, 0, 50).stream().map(ResidentSummary::id).toList();
    }
}

package org.bridgework.residents;

import org.bridgework.IntegrationTest;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages reached by scrolling seek past the previous page's last row; they must be exactly the rows that plain
 * offset paging would give, in every sort, with ties on the sort columns and missing birth dates.
 */
class GridSeekPagingTest extends IntegrationTest {

    @Autowired
    ResidentService residents;

    @Test
    void scrollingPageByPageGivesTheSameRowsAsOneBigPageInEverySort() {
        fixtures.signInAs(Role.OFFICER);
        String postcode = uniquePostcode();
        String[] families = {"Ahmed", "Begum", "Begum", "Cohen", "Begum", "Ahmed", "Zed"};
        for (int i = 0; i < 23; i++) {
            LocalDate dob = i % 5 == 0 ? null : LocalDate.of(1950 + (i % 4) * 10, 1, 1);
            create(i % 3 == 0 ? "Sam" : "Ali", families[i % families.length], dob, postcode);
        }
        var filter = new ResidentFilter(null, postcode, null, null);
        for (ResidentSort sort : ResidentSort.values()) {
            var whole = ids(residents.search(filter, sort, 0, 100));
            assertThat(whole).as(sort.name()).hasSize(23);
            var scrolled = new ArrayList<Long>();
            for (int offset = 0; offset < 30; offset += 4) {
                scrolled.addAll(ids(residents.search(filter, sort, offset, 4)));
            }
            assertThat(scrolled).as(sort.name()).containsExactlyElementsOf(whole);
            // a jump back to a page already seen, and a page that starts between bookmarks
            assertThat(ids(residents.search(filter, sort, 8, 4))).as(sort.name()).containsExactlyElementsOf(whole.subList(8, 12));
            assertThat(ids(residents.search(filter, sort, 10, 5))).as(sort.name()).containsExactlyElementsOf(whole.subList(10, 15));
        }
    }

    @Test
    void aResidentAddedBeforeTheBookmarkDoesNotRepeatARowOnTheNextPage() {
        fixtures.signInAs(Role.OFFICER);
        String postcode = uniquePostcode();
        for (int i = 0; i < 10; i++) {
            create("Pat", "Mills" + (char) ('a' + i), LocalDate.of(1980, 1, 1 + i), postcode);
        }
        var filter = new ResidentFilter(null, postcode, null, null);
        var first = ids(residents.search(filter, ResidentSort.NAME, 0, 5));
        create("Pat", "Aaron", LocalDate.of(1980, 2, 1), postcode);
        var second = ids(residents.search(filter, ResidentSort.NAME, 5, 5));
        assertThat(second).hasSize(5).doesNotContainAnyElementsOf(first);
    }

    private void create(String given, String family, LocalDate dob, String postcode) {
        residents.create(new ResidentForm(null, 0, given, family, null, dob, null, null, null, null, "London",
                postcode, null, "Hackney", null, "English", false, null, null, null, null));
    }

    private static List<Long> ids(List<ResidentSummary> page) {
        return page.stream().map(ResidentSummary::id).toList();
    }

    /** An outward code no other test uses, so the filter holds only this test's residents. */
    private static String uniquePostcode() {
        var random = ThreadLocalRandom.current();
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        return "ZZ" + random.nextInt(10, 99) + " " + random.nextInt(1, 9)
                + letters.charAt(random.nextInt(letters.length())) + letters.charAt(random.nextInt(letters.length()));
    }
}

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

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

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

    @Test
    void afterWarmingAJumpFarAheadSeeksFromANearbyBookmarkAndGivesTheOffsetRows() {
        fixtures.signInAs(Role.OFFICER);
        topUpTo(2_600);
        var bookmarks = residents.gridBookmarks();
        bookmarks.forgetAll();
        // as the view builds it from empty boxes: the same listing as "no filter"
        var fromEmptyBoxes = new ResidentFilter("", "", null, null, null);
        assertThat(bookmarks.before(fromEmptyBoxes, ResidentSort.NAME, 2_345)).isEmpty();

        residents.warmGridBookmarks();

        for (ResidentSort sort : ResidentSort.values()) {
            var near = bookmarks.before(fromEmptyBoxes, sort, 2_345);
            assertThat(near).as(sort.name()).isPresent();
            assertThat(2_345 - near.get().offset()).as(sort.name()).isBetween(0, 1_000);
            String order = sort.orderBy();
            var expected = jdbc.sql("select id from resident where merged_into_id is null order by " + order
                    + " limit 7 offset 2345").query(Long.class).list();
            assertThat(ids(residents.search(fromEmptyBoxes, sort, 2_345, 7))).as(sort.name()).containsExactlyElementsOf(expected);
        }
        var band = new ResidentFilter(null, null, null, AgeBand.AGE_25_TO_49);
        assertThat(bookmarks.before(band, ResidentSort.OLDEST_FIRST, 1_200)).isPresent();
    }

    /**
     * Plain rows straight into the table, aged 30 to 44 so that the 25–49 band also passes a thousand: the
     * warm-up needs more than a thousand residents, not their details.
     */
    private void topUpTo(int live) {
        long have = jdbc.sql("select count(*) from resident where merged_into_id is null").query(Long.class).single();
        var rows = new ArrayList<Object[]>();
        for (long i = have; i < live; i++) {
            String family = ResidentTestData.name();
            rows.add(new Object[]{"Warm", family, "WARM", family.toUpperCase(java.util.Locale.ROOT),
                    LocalDate.now().minusYears(30).minusDays(i % 5_000)});
        }
        if (!rows.isEmpty()) {
            jdbcTemplate.batchUpdate("insert into resident (legal_given_name, legal_family_name, given_name_key,"
                    + " family_name_key, date_of_birth, created_at, updated_at) values (?, ?, ?, ?, ?, now(3), now(3))", rows);
        }
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

package org.bridgework.scale;

import org.bridgework.residents.AgeBand;
import org.bridgework.residents.NameKey;
import org.bridgework.residents.ResidentFilter;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The residents' questions: search, grid pages near and far, a resident's page, and the duplicate check. */
@Component
class ResidentBenchmarks implements BenchmarkCase {

    private static final Duration SEARCH = Duration.ofMillis(50);
    private static final Duration GRID = Duration.ofMillis(100);
    private static final Duration PAGE = Duration.ofMillis(200);
    private static final int PAGE_SIZE = 50;
    private static final String COLUMNS = "id, legal_given_name, legal_family_name, preferred_name, date_of_birth,"
            + " postcode, ward_code, household_id";
    private static final String LIVE = " from resident where merged_into_id is null";
    private static final String BY_NAME = " order by family_name_key, given_name_key, id";
    private static final String YOUNGEST = " order by date_of_birth desc, id desc";

    private final ResidentService residents;
    private final int runs;
    private final int warmUp;

    ResidentBenchmarks(ResidentService residents,
                       @org.springframework.beans.factory.annotation.Value("${bridgework.benchmark.runs:50}") int runs,
                       @org.springframework.beans.factory.annotation.Value("${bridgework.benchmark.warm-up:10}") int warmUp) {
        this.residents = residents;
        this.runs = runs;
        this.warmUp = warmUp;
    }

    private record Sample(long id, String givenKey, String familyKey, String given, String family, LocalDate dob,
                          String postcode, long householdId) {
    }

    @Override
    public String name() {
        return "residents";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<BenchmarkQuestion> prepare(BenchmarkContext context) {
        var jdbc = context.jdbc();
        var samples = new ArrayList<Sample>();
        for (long id : context.sampleResidentIds()) {
            samples.add(jdbc.sql("select id, given_name_key, family_name_key, legal_given_name, legal_family_name,"
                    + " date_of_birth, postcode, household_id from resident where id = ?").param(id).query((rs, n) ->
                    new Sample(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getObject(6, LocalDate.class), rs.getString(7), rs.getLong(8))).single());
        }
        if (samples.isEmpty()) {
            throw new IllegalStateException("No residents to benchmark: generate a data set first");
        }
        // the running app renews these every four minutes; timing it here makes the jumps below its steady state
        long warmStarted = System.nanoTime();
        residents.warmGridBookmarks();
        System.out.printf("[benchmark] Resident grid bookmarks renewed (the app's four-minute pass) in %,d ms%n",
                (System.nanoTime() - warmStarted) / 1_000_000);
        var questions = new ArrayList<BenchmarkQuestion>();
        questions.add(nameSearch(jdbc, samples));
        questions.add(postcodeSearch(jdbc, samples));
        long all = context.liveResidents();
        long middle = Math.min(500_000, all / 2) / PAGE_SIZE * PAGE_SIZE;
        questions.addAll(grid(jdbc, "all by name", ResidentFilter.none(), ResidentSort.NAME, "", List.of(), BY_NAME,
                all, middle));
        var band = AgeBand.AGE_25_TO_49;
        LocalDate today = LocalDate.now();
        List<Object> bandParams = List.of(today.minusYears(band.maxAge() + 1L), today.minusYears(band.minAge()));
        String bandWhere = " and date_of_birth > ? and date_of_birth <= ?";
        long inBand = jdbc.sql("select count(*)" + LIVE + bandWhere).params(bandParams).query(Long.class).single();
        questions.addAll(grid(jdbc, "aged 25–49, youngest first", new ResidentFilter(null, null, null, band),
                ResidentSort.YOUNGEST_FIRST, bandWhere, bandParams, YOUNGEST, inBand, Math.min(middle, inBand / 2 / PAGE_SIZE * PAGE_SIZE)));
        questions.add(residentPage(jdbc, samples));
        questions.add(duplicateCheck(jdbc, samples));
        return questions;
    }

    /** Alternately a surname ("smith") and a first name with the start of a surname ("jo smi"). */
    private BenchmarkQuestion nameSearch(JdbcClient jdbc, List<Sample> samples) {
        return new BenchmarkQuestion("Search by name", SEARCH, true, i -> {
            var s = samples.get(i % samples.size());
            return residents.search(new ResidentFilter(nameInput(s, i), null, null, null), 0, PAGE_SIZE).size();
        }, i -> {
            var s = samples.get(i % samples.size());
            String sql;
            List<Object> params;
            if (i % 2 == 0) {
                sql = "(select " + COLUMNS + ", family_name_key, given_name_key" + LIVE + " and family_name_key like ?" + BY_NAME + " limit 50)"
                        + " union (select " + COLUMNS + ", family_name_key, given_name_key" + LIVE + " and given_name_key like ?" + BY_NAME + " limit 50)";
                params = List.of(s.familyKey() + "%", s.familyKey() + "%");
            } else {
                String[] words = nameInput(s, i).split(" ", 2);
                sql = "(select " + COLUMNS + ", family_name_key, given_name_key" + LIVE + " and family_name_key like ?" + BY_NAME + " limit 50)"
                        + " union (select " + COLUMNS + ", family_name_key, given_name_key" + LIVE + " and given_name_key like ? and family_name_key like ?" + BY_NAME + " limit 50)"
                        + " union (select " + COLUMNS + ", family_name_key, given_name_key" + LIVE + " and family_name_key like ? and given_name_key like ?" + BY_NAME + " limit 50)";
                params = List.of(words[0] + " " + words[1] + "%", words[0] + "%", words[1] + "%", words[0] + "%", words[1] + "%");
            }
            return jdbc.sql("select * from (" + sql + ") found" + BY_NAME + " limit 50").params(params).query().listOfRows().size();
        });
    }

    private static String nameInput(Sample s, int i) {
        return i % 2 == 0 ? s.familyKey() : s.givenKey() + " " + s.familyKey().substring(0, Math.min(3, s.familyKey().length()));
    }

    private BenchmarkQuestion postcodeSearch(JdbcClient jdbc, List<Sample> samples) {
        return new BenchmarkQuestion("Search by postcode", SEARCH, true, i -> residents.search(
                new ResidentFilter(null, samples.get(i % samples.size()).postcode(), null, null), 0, PAGE_SIZE).size(),
                i -> jdbc.sql("select " + COLUMNS + LIVE + " and postcode like ?" + BY_NAME + " limit 50")
                        .param(samples.get(i % samples.size()).postcode() + "%").query().listOfRows().size());
    }

    /**
     * The first page, a page far in and the last page. The grid has no total count, so it reaches a deep page only
     * by scrolling through the pages before it, and the app seeks from the previous page's last row: "scrolled"
     * questions read the next page on each run, and their best SQL seeks from the key of the previous page's last
     * row. A "jump" asks for a page far in that no earlier page led to, as dragging the scroll bar does: the app
     * seeks from the nearest bookmark its renewal pass left (one every thousand rows), while its best SQL, which
     * has no bookmarks, skips by offset.
     */
    private List<BenchmarkQuestion> grid(JdbcClient jdbc, String label, ResidentFilter filter, ResidentSort sort,
                                         String where, List<Object> params, String order, long total, long middle) {
        long last = Math.max(0, (total - 1) / PAGE_SIZE * PAGE_SIZE);
        int calls = runs + warmUp;
        var list = new ArrayList<BenchmarkQuestion>();
        list.add(new BenchmarkQuestion("Grid page, " + label + ", offset 0", GRID, true,
                i -> residents.search(filter, sort, 0, PAGE_SIZE).size(),
                i -> jdbc.sql("select " + COLUMNS + LIVE + where + order + " limit 50").params(params).query().listOfRows().size()));
        list.add(new BenchmarkQuestion(String.format("Grid page, %s, offset %,d, scrolled to", label, middle), GRID, true,
                i -> residents.search(filter, sort, (int) (middle + (long) i * PAGE_SIZE), PAGE_SIZE).size(),
                new SeekingSql(jdbc, sort, where, params, order, i -> middle + (long) i * PAGE_SIZE)));
        list.add(new BenchmarkQuestion(String.format("Grid page, %s, offset %,d, jump (SQL: offset skip)", label, middle), GRID, true,
                i -> residents.search(filter, sort, (int) coldOffset(middle, i), PAGE_SIZE).size(),
                i -> jdbc.sql("select " + COLUMNS + " from resident join (select id" + LIVE + where + order
                        + " limit 50 offset ?) page using (id)" + order).params(with(params, coldOffset(middle, i)))
                        .query().listOfRows().size()));
        list.add(new BenchmarkQuestion(String.format("Grid page, %s, last page (offset %,d), scrolled to", label, last),
                GRID, true,
                i -> residents.search(filter, sort, (int) nearEnd(last, calls, i), PAGE_SIZE).size(),
                new SeekingSql(jdbc, sort, where, params, order, i -> nearEnd(last, calls, i))));
        return list;
    }

    /** Each run a page 40 pages nearer the start than the last, so no earlier page leads to it. */
    private static long coldOffset(long middle, int run) {
        return Math.max(0, middle - (long) run * 40 * PAGE_SIZE);
    }

    /** The pages before the last one, so that the final run reads the last page itself. */
    private static long nearEnd(long last, int calls, int run) {
        return Math.max(0, last - (long) (calls - 1 - run) * PAGE_SIZE);
    }

    /**
     * The best SQL for a page reached by scrolling: it seeks from the previous page's last row, or skips by offset
     * when it has no previous page.
     */
    private static final class SeekingSql implements java.util.function.IntToLongFunction {
        private final JdbcClient jdbc;
        private final ResidentSort sort;
        private final String where;
        private final List<Object> params;
        private final String order;
        private final java.util.function.IntToLongFunction offsetOfRun;
        private long nextOffset = -1;
        private List<Object> lastKey = List.of();

        SeekingSql(JdbcClient jdbc, ResidentSort sort, String where, List<Object> params, String order,
                   java.util.function.IntToLongFunction offsetOfRun) {
            this.jdbc = jdbc;
            this.sort = sort;
            this.where = where;
            this.params = params;
            this.order = order;
            this.offsetOfRun = offsetOfRun;
        }

        @Override
        public long applyAsLong(int run) {
            long offset = offsetOfRun.applyAsLong(run);
            var all = new ArrayList<>(params);
            String seek = "";
            String from = LIVE;
            long skip = offset;
            if (offset == nextOffset && !lastKey.isEmpty()) {
                seek = sort == ResidentSort.NAME
                        ? " and (family_name_key > ? or (family_name_key = ? and (given_name_key > ? or (given_name_key = ? and id > ?))))"
                        : " and (date_of_birth < ? or (date_of_birth = ? and id < ?))";
                all.addAll(sort == ResidentSort.NAME
                        ? List.of(lastKey.get(0), lastKey.get(0), lastKey.get(1), lastKey.get(1), lastKey.get(2))
                        : List.of(lastKey.get(0), lastKey.get(0), lastKey.get(1)));
                skip = 0;
                from = " from resident force index (" + (sort == ResidentSort.NAME ? "ix_resident_name" : "ix_resident_dob")
                        + ") where merged_into_id is null";
            }
            all.add(skip);
            var rows = jdbc.sql("select " + COLUMNS + ", family_name_key, given_name_key from resident join (select id"
                    + from + where + seek + order + " limit 50 offset ?) page using (id)" + order).params(all)
                    .query().listOfRows();
            if (!rows.isEmpty()) {
                var lastRow = rows.getLast();
                lastKey = sort == ResidentSort.NAME
                        ? List.of(lastRow.get("family_name_key"), lastRow.get("given_name_key"), lastRow.get("id"))
                        : List.of(lastRow.get("date_of_birth"), lastRow.get("id"));
            }
            nextOffset = offset + rows.size();
            return rows.size();
        }
    }

    private static List<Object> with(List<Object> params, Object more) {
        var all = new ArrayList<>(params);
        all.add(more);
        return all;
    }

    /** What the resident page loads: the record (an audited view) and the household with its members. */
    private BenchmarkQuestion residentPage(JdbcClient jdbc, List<Sample> samples) {
        return new BenchmarkQuestion("Open a resident's page (record + household)", PAGE, true, i -> {
            var s = samples.get(i % samples.size());
            var form = residents.open(s.id()).orElseThrow();
            return residents.household(form.householdId()).orElseThrow().members().size();
        }, i -> {
            var s = samples.get(i % samples.size());
            jdbc.sql("select * from resident where id = ?").param(s.id()).query().singleRow();
            jdbc.sql("select id, name from household where id = ?").param(s.householdId()).query().singleRow();
            return jdbc.sql("select " + COLUMNS + ", household_relationship from resident where household_id = ?"
                    + " and merged_into_id is null" + BY_NAME).param(s.householdId()).query().listOfRows().size();
        });
    }

    /** A newcomer whose surname is one letter out from someone on record with the same birthday and postcode. */
    private BenchmarkQuestion duplicateCheck(JdbcClient jdbc, List<Sample> samples) {
        return new BenchmarkQuestion("Duplicate check for a new resident", PAGE, false, i -> {
            var s = samples.get(i % samples.size());
            return residents.findLikelyDuplicates(new ResidentForm(null, 0, s.given(), typo(s.family()), null, s.dob(),
                    null, null, null, null, "London", s.postcode(), null, null, null, "English", false, null, null, null, null)).size();
        }, i -> {
            var s = samples.get(i % samples.size());
            String lookup = "(select " + COLUMNS + " from resident where merged_into_id is null and anonymised_at is null and ";
            return jdbc.sql(lookup + "family_phonetic = ? and given_phonetic = ? limit 200) union "
                            + lookup + "family_phonetic = ? and given_phonetic = ? limit 200) union "
                            + lookup + "date_of_birth = ? limit 200) union " + lookup + "postcode = ? limit 200)")
                    .params(NameKey.phonetic(typo(s.family())), NameKey.phonetic(s.given()),
                            NameKey.phonetic(s.given()), NameKey.phonetic(typo(s.family())),
                            s.dob(), s.postcode())
                    .query().listOfRows().size();
        });
    }

    /** The second and third letters swapped, the commonest slip of a keyboard. */
    static String typo(String name) {
        if (name.length() < 4) {
            return name + name.charAt(name.length() - 1);
        }
        return name.charAt(0) + "" + name.charAt(2) + name.charAt(1) + name.substring(3);
    }
}

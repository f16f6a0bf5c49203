package org.bridgework.scale;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * What a {@link DatasetPart} gets: the database, the preset, a random source per part derived from the one seed
 * (so adding a part never changes another part's data), and the id ranges earlier parts filled.
 */
public final class GenerationContext {

    /** Ages and dates are counted from this day, not from today, so that a seed always gives the same rows. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    private final DataSource dataSource;
    private final Preset preset;
    private final long seed;
    private final Map<String, IdRange> ranges = new LinkedHashMap<>();
    private final long started = System.nanoTime();

    public GenerationContext(DataSource dataSource, Preset preset, long seed) {
        this.dataSource = dataSource;
        this.preset = preset;
        this.seed = seed;
    }

    /** The first and last id a part inserted into a table; rows in between are all its own. */
    public record IdRange(long first, long last) {
        public long size() {
            return last - first + 1;
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    public Preset preset() {
        return preset;
    }

    public long seed() {
        return seed;
    }

    public Random random(String partName) {
        return new Random(seed * 31 + partName.hashCode());
    }

    public void recordRange(String table, IdRange range) {
        ranges.put(table, range);
    }

    /**
     * The ids a part of this run inserted into a table; when this run did not fill the table (only some parts
     * were asked for, into an existing data set), the table's whole id range.
     */
    public IdRange range(String table) {
        var r = ranges.get(table);
        if (r != null) {
            return r;
        }
        var whole = jdbc().queryForObject("select min(id), max(id) from " + table,
                (rs, n) -> rs.getObject(1) == null ? null : new IdRange(rs.getLong(1), rs.getLong(2)));
        if (whole == null) {
            throw new IllegalStateException("No part has generated " + table + " yet");
        }
        return whole;
    }

    /** The next free id of a table: parts insert explicit ids so that later rows can refer to them without a round trip. */
    public long nextId(String table) {
        Long max = jdbc().queryForObject("select max(id) from " + table, Long.class);
        return (max == null ? 0 : max) + 1;
    }

    public void progress(String part, long done, long total) {
        System.out.printf("[generate] %-14s %,10d / %,d  (%s elapsed)%n", part, done, total, elapsed());
    }

    public String elapsed() {
        long s = (System.nanoTime() - started) / 1_000_000_000;
        return String.format("%d:%02d", s / 60, s % 60);
    }
}

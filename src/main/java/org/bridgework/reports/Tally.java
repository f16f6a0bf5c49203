package org.bridgework.reports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;

/**
 * The raw figures of one period, before suppression, at every level the report shows: heading by category,
 * heading, outcome by category, outcome, category, and everything. Each level comes straight from SQL, so people
 * counted once per heading are also counted once per outcome and once overall.
 */
final class Tally {

    static final int RESIDENTS = 0, ATTENDANCES = 1, SESSIONS = 2, MINUTES = 3, ISSUED = 4, REDEEMED = 5,
            OPENED = 6, CLOSED = 7, ACHIEVED = 8, DISTANCE_SUM = 9, DISTANCE_CASES = 10, CONNECTIONS = 11, SIZE = 12;

    final Map<Long, Map<String, long[]>> headingCells = new HashMap<>();
    final Map<Long, long[]> headingTotals = new HashMap<>();
    final Map<Long, Map<String, long[]>> outcomeCells = new HashMap<>();
    final Map<Long, long[]> outcomeTotals = new HashMap<>();
    final Map<String, long[]> categoryTotals = new HashMap<>();
    long[] grand = new long[SIZE];

    /** Every figure by where it shows, for comparing two tallies. */
    Map<String, List<Long>> figures() {
        var out = new TreeMap<String, List<Long>>();
        headingTotals.forEach((k, v) -> out.put("heading " + k, list(v)));
        outcomeTotals.forEach((k, v) -> out.put("outcome " + k, list(v)));
        headingCells.forEach((k, m) -> m.forEach((c, v) -> out.put("heading " + k + " cell '" + c + "'", list(v))));
        outcomeCells.forEach((k, m) -> m.forEach((c, v) -> out.put("outcome " + k + " cell '" + c + "'", list(v))));
        categoryTotals.forEach((c, v) -> out.put("category '" + c + "'", list(v)));
        out.put("overall", list(grand));
        return out;
    }

    private static List<Long> list(long[] v) {
        return Arrays.stream(v).boxed().toList();
    }

    static long[] empty() {
        return new long[SIZE];
    }

    /** The measure's figure: counts and sums as they are; the average distance in hundredths of a point. */
    static long amount(Measure measure, long[] values) {
        return switch (measure) {
            case RESIDENTS_REACHED -> values[RESIDENTS];
            case ATTENDANCES -> values[ATTENDANCES];
            case SESSIONS_DELIVERED -> values[SESSIONS];
            case VOLUNTEERING_HOURS -> values[MINUTES];
            case CREDITS_ISSUED -> values[ISSUED];
            case CREDITS_REDEEMED -> values[REDEEMED];
            case CASES_OPENED -> values[OPENED];
            case CASES_CLOSED -> values[CLOSED];
            case OUTCOMES_ACHIEVED -> values[ACHIEVED];
            case AVERAGE_DISTANCE_TRAVELLED -> values[DISTANCE_CASES] == 0 ? 0
                    : Math.round((double) values[DISTANCE_SUM] / values[DISTANCE_CASES]);
            case CONNECTIONS_MADE -> values[CONNECTIONS];
        };
    }

    /** What the minimum cell size is checked against: the number of cases behind an average, else the figure. */
    static long base(Measure measure, long[] values) {
        return measure.average() ? values[DISTANCE_CASES] : amount(measure, values);
    }

    static long[] of(Map<String, long[]> map, String key) {
        return map.getOrDefault(key, EMPTY);
    }

    static long[] of(Map<Long, long[]> map, Long key) {
        return map.getOrDefault(key, EMPTY);
    }

    private static final long[] EMPTY = new long[SIZE];
}

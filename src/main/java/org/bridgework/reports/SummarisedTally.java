package org.bridgework.reports;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * The whole strategy's figures for whole months, without a breakdown, read from the summaries: people reached from
 * the reach bits, attendances, sessions, hours and credits from the monthly totals. Family cases and connections
 * are few enough to count from their views as the full report does.
 */
@Component
class SummarisedTally {

    private final JdbcClient jdbc;

    SummarisedTally(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the summarised figures to a tally that already holds the family and connection figures.
     *
     * @param reached the people reached, from {@link ReachSummary#reachedUpToDate}
     */
    void complete(Tally tally, ReportPeriod period, StrategyMapping mapping, Map<String, Long> reached) {
        var headingOutcome = new HashMap<Long, Long>();
        var additions = new HashMap<Long, long[]>();
        // per activity first: a year holds a row per activity and month, and only activities need placing
        jdbc.sql("select a.heading_id, a.outcome_id, sum(m.attendances), sum(m.sessions) from (select activity_id,"
                        + " sum(attendances) attendances, sum(sessions) sessions from report_activity_month"
                        + " where month_start between ? and ? group by activity_id) m"
                        + " join rpt_activity a on a.activity_id = m.activity_id group by a.heading_id, a.outcome_id")
                .params(period.from(), period.to())
                .query((RowCallbackHandler) rs -> {
                    headingOutcome.put(rs.getLong(1), rs.getLong(2));
                    long[] v = additions.computeIfAbsent(rs.getLong(1), h -> Tally.empty());
                    v[Tally.ATTENDANCES] += rs.getLong(3);
                    v[Tally.SESSIONS] += rs.getLong(4);
                });
        var volunteering = mapping.volunteering();
        if (volunteering != null) {
            headingOutcome.put(volunteering.headingId(), volunteering.outcomeId());
            long[] v = additions.computeIfAbsent(volunteering.headingId(), h -> Tally.empty());
            v[Tally.MINUTES] += jdbc.sql("select coalesce(sum(minutes), 0) from report_hours_month where month_start between ? and ?")
                    .params(period.from(), period.to()).query(Long.class).single();
            jdbc.sql("select counts_as, sum(credits) from report_credit_month where month_start between ? and ? group by counts_as")
                    .params(period.from(), period.to())
                    .query((RowCallbackHandler) rs -> v["ISSUE".equals(rs.getString(1)) ? Tally.ISSUED : Tally.REDEEMED] += rs.getLong(2));
        }
        additions.forEach((heading, v) -> {
            add(tally.headingTotals, heading, v);
            add(tally.outcomeTotals, headingOutcome.get(heading), v);
            add(tally.grand, v);
        });
        reached.keySet().forEach(key -> {
            if (key.startsWith("H")) {
                tally.headingTotals.computeIfAbsent(Long.valueOf(key.substring(1)), h -> Tally.empty());
            } else if (key.startsWith("O")) {
                tally.outcomeTotals.computeIfAbsent(Long.valueOf(key.substring(1)), o -> Tally.empty());
            }
        });
        tally.headingTotals.forEach((heading, v) -> v[Tally.RESIDENTS] = reached.getOrDefault("H" + heading, 0L));
        tally.outcomeTotals.forEach((outcome, v) -> v[Tally.RESIDENTS] = reached.getOrDefault("O" + outcome, 0L));
        tally.grand[Tally.RESIDENTS] = reached.getOrDefault("A0", 0L);
        tally.headingTotals.values().removeIf(SummarisedTally::allZero);
        tally.outcomeTotals.values().removeIf(SummarisedTally::allZero);
        tally.headingCells.clear();
        tally.outcomeCells.clear();
        tally.headingTotals.forEach((h, v) -> tally.headingCells.put(h, new HashMap<>(Map.of("", v))));
        tally.outcomeTotals.forEach((o, v) -> tally.outcomeCells.put(o, new HashMap<>(Map.of("", v))));
        tally.categoryTotals.put("", tally.grand);
    }

    private static void add(Map<Long, long[]> totals, Long key, long[] v) {
        add(totals.computeIfAbsent(key, k -> Tally.empty()), v);
    }

    private static void add(long[] into, long[] v) {
        for (int i = 0; i < Tally.SIZE; i++) {
            into[i] += v[i];
        }
    }

    private static boolean allZero(long[] v) {
        for (long x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}

package org.bridgework.reports;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The outcome report's SQL. The sources' figures ({@link OutcomeFacts}) are joined to the residents' (and, for
 * equality breakdowns, the privacy) read model only when the breakdown needs where or who a resident is, then
 * grouped with rollup in one pass: by outcome, heading and category, and (for a breakdown) by category and outcome,
 * from the same rows, so a year of attendances is read once per period. Reads only rpt_* views, except that the
 * whole strategy's figures for whole months, with no breakdown, come from the summaries ({@link SummarisedTally}).
 */
@Component
class OutcomeQueries {

    /** The category of rows (sessions) that the breakdown does not apply to; never shown as a column. */
    static final String NOT_SPLIT = "~";

    /**
     * A year's figures reduce to hundreds of thousands of resident rows per heading; with the server's default
     * 16 MB for a temporary table they go to disk and a London year takes ten times as long. The limits apply to
     * this statement only, and are ceilings, not allocations.
     */
    private static final String WORKING_MEMORY = "set statement max_heap_table_size = 268435456, tmp_table_size = 268435456,"
            + " sort_buffer_size = 33554432 for ";

    private final JdbcClient jdbc;
    private final ReachSummary reach;
    private final SummarisedTally summarised;
    private final Clock clock;

    OutcomeQueries(JdbcClient jdbc, ReachSummary reach, SummarisedTally summarised, Clock clock) {
        this.jdbc = jdbc;
        this.reach = reach;
        this.summarised = summarised;
        this.clock = clock;
    }

    Tally tally(ReportPeriod period, ReportScope scope, Breakdown breakdown, StrategyMapping mapping) {
        if (breakdown == Breakdown.NONE && scope.isWhole() && ReachMonths.answers(period, LocalDate.now(clock))) {
            var reached = reach.reachedUpToDate(mapping, reach.fingerprint(mapping), period);
            if (reached.isPresent()) {
                var tally = new Tally();
                unsplit(tally, new OutcomeFacts(scope, breakdown, false).sql(mapping), params(period, scope));
                summarised.complete(tally, period, mapping, reached.get());
                return tally;
            }
        }
        return counted(period, scope, breakdown, mapping);
    }

    /** The figures counted from the features' reporting views, for any period, scope and breakdown. */
    Tally counted(ReportPeriod period, ReportScope scope, Breakdown breakdown, StrategyMapping mapping) {
        String facts = new OutcomeFacts(scope, breakdown).sql(mapping);
        Map<String, Object> params = params(period, scope);
        var tally = new Tally();
        if (breakdown == Breakdown.NONE) {
            unsplit(tally, facts, params);
        } else {
            split(tally, facts, params, breakdown);
        }
        return tally;
    }

    private void unsplit(Tally tally, String facts, Map<String, Object> params) {
        jdbc.sql(WORKING_MEMORY + "select outcome_id, heading_id, " + figures("f") + " from (" + facts + ") f"
                        + " group by outcome_id, heading_id with rollup")
                .params(params)
                .query((RowCallbackHandler) rs -> {
                    Long outcome = rs.getObject(1, Long.class);
                    Long heading = rs.getObject(2, Long.class);
                    long[] v = values(rs);
                    if (outcome == null) {
                        tally.grand = v;
                    } else if (heading == null) {
                        tally.outcomeTotals.put(outcome, v);
                        tally.outcomeCells.computeIfAbsent(outcome, o -> new HashMap<>()).put("", v);
                    } else {
                        tally.headingTotals.put(heading, v);
                        tally.headingCells.computeIfAbsent(heading, h -> new HashMap<>()).put("", v);
                    }
                });
        tally.categoryTotals.put("", tally.grand);
    }

    /**
     * Grouping sets emulated with rollup over a two-row level table: level 1 groups outcome, heading, category;
     * level 2 groups category, outcome (its third column is constant, so its rollup rows are the ones read).
     */
    private void split(Tally tally, String facts, Map<String, Object> params, Breakdown breakdown) {
        String join = breakdown == Breakdown.WARD || breakdown == Breakdown.AGE_BAND
                ? " left join rpt_resident r on r.resident_id = f.resident_id"
                : breakdown.equality() ? " left join rpt_equality e on e.resident_id = f.resident_id" : "";
        String rows = "select f.*, coalesce(" + category(breakdown) + ", '') k from (" + facts + ") f" + join;
        jdbc.sql(WORKING_MEMORY + "select g.lvl,"
                        + " case when g.lvl = 1 then cast(x.outcome_id as char) else x.k end c1,"
                        + " case when g.lvl = 1 then cast(x.heading_id as char) else cast(x.outcome_id as char) end c2,"
                        + " case when g.lvl = 1 then x.k else '' end c3, " + figures("x")
                        + " from (" + rows + ") x cross join (select 1 lvl union all select 2) g"
                        + " group by g.lvl, c1, c2, c3 with rollup")
                .params(params)
                .query((RowCallbackHandler) rs -> {
                    Integer level = rs.getObject(1, Integer.class);
                    String c1 = rs.getString(2);
                    String c2 = rs.getString(3);
                    String c3 = rs.getString(4);
                    long[] v = values(rs);
                    if (level == null || (level == 2 && (c1 == null || c3 != null))) {
                        return;
                    }
                    if (level == 1) {
                        if (c1 == null) {
                            tally.grand = v;
                        } else if (c2 == null) {
                            tally.outcomeTotals.put(Long.valueOf(c1), v);
                        } else if (c3 == null) {
                            tally.headingTotals.put(Long.valueOf(c2), v);
                        } else {
                            tally.headingCells.computeIfAbsent(Long.valueOf(c2), h -> new HashMap<>()).put(c3, v);
                        }
                    } else if (c2 == null) {
                        tally.categoryTotals.put(c1, v);
                    } else {
                        tally.outcomeCells.computeIfAbsent(Long.valueOf(c2), o -> new HashMap<>()).put(c1, v);
                    }
                });
    }

    private static Map<String, Object> params(ReportPeriod period, ReportScope scope) {
        var params = new HashMap<String, Object>();
        params.put("from", period.from());
        params.put("to", period.to());
        params.put("fromTime", period.from().atStartOfDay());
        params.put("afterTime", period.to().plusDays(1).atStartOfDay());
        if (!scope.isWhole()) {
            params.put("org", scope.organisationId());
        }
        return params;
    }

    private static String figures(String alias) {
        return "count(distinct %1$s.resident_id), sum(%1$s.attendances), sum(%1$s.sessions), sum(%1$s.minutes),"
                .formatted(alias)
                + " sum(%1$s.issued), sum(%1$s.redeemed), count(distinct %1$s.opened), count(distinct %1$s.closed),".formatted(alias)
                + " sum(%1$s.achieved), sum(%1$s.distance_sum), sum(%1$s.distance_cases), sum(%1$s.connections)".formatted(alias);
    }

    private static long[] values(ResultSet rs) throws SQLException {
        int first = rs.getMetaData().getColumnCount() - Tally.SIZE + 1;
        long[] v = Tally.empty();
        for (int i = 0; i < Tally.SIZE; i++) {
            v[i] = rs.getLong(first + i);
        }
        return v;
    }

    /** The category a fact row falls in; null (shown as "not known") when the source cannot say. */
    private static String category(Breakdown breakdown) {
        return switch (breakdown) {
            case NONE -> "''";
            case WARD -> "coalesce(r.ward_code, f.place_ward)";
            case PROGRAMME -> "cast(f.programme_id as char)";
            case ORGANISATION -> "cast(f.org_id as char)";
            case AGE_BAND -> "case when f.resident_id is null then '" + NOT_SPLIT + "' else " + ageBand() + " end";
            default -> "case when f.resident_id is null then '" + NOT_SPLIT + "' else e." + breakdown.equalityColumn() + " end";
        };
    }

    private static String ageBand() {
        var sql = new StringBuilder("case when r.date_of_birth is null then null");
        for (var band : org.bridgework.residents.AgeBand.values()) {
            sql.append(" when timestampdiff(year, r.date_of_birth, :to) <= ").append(band.maxAge())
                    .append(" then '").append(band.name()).append("'");
        }
        return sql.append(" end").toString();
    }
}

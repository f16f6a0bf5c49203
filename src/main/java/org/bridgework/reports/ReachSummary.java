package org.bridgework.reports;

import org.bridgework.activities.StrategyItem;
import org.bridgework.activities.StrategyKind;
import org.bridgework.activities.StrategyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Keeps report_reach: for each resident, the months in which they were reached under each heading, each outcome
 * and the strategy as a whole. Triggers note whose records changed; {@link #catchUp} recomputes those residents
 * from the features' reporting views, and a report catches up before it counts, so it is never behind.
 * The summary is built for one strategy mapping and era; while it is not built for the current ones, reports
 * count from the views instead.
 */
@Component
class ReachSummary {

    private static final Logger log = LoggerFactory.getLogger(ReachSummary.class);
    private static final int RESIDENTS_PER_STATEMENT = 500;
    private static final int RESIDENTS_PER_REBUILD_STEP = 50_000;
    /** More residents waiting than this (after a bulk load) are quicker rebuilt than caught up one by one. */
    private static final long MOST_PENDING = 100_000;

    private final JdbcClient jdbc;
    private final StrategyService strategy;
    private final TransactionTemplate tx;
    private final Clock clock;

    ReachSummary(JdbcClient jdbc, StrategyService strategy, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.strategy = strategy;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
    }

    /** What the summary must have been built for to be used today: the era and where every figure counts. */
    String fingerprint(StrategyMapping mapping) {
        var text = new StringJoiner(";", "era " + currentEra() + ";", "");
        for (StrategyKind kind : List.of(StrategyKind.TYPE, StrategyKind.HEADING)) {
            strategy.list(kind, false).stream().sorted(Comparator.comparing(StrategyItem::id))
                    .forEach(i -> text.add(kind.name().charAt(0) + "" + i.id() + ">" + i.parentId()));
        }
        text.add("v" + place(mapping.volunteering())).add("f" + place(mapping.family())).add("b" + place(mapping.builders()));
        return text.toString();
    }

    /**
     * Brings the summary up to date for the residents whose records changed; false when it is not built for this
     * fingerprint (or is being rebuilt), so the caller must count from the views.
     */
    boolean catchUp(StrategyMapping mapping, String fingerprint) {
        return Boolean.TRUE.equals(tx.execute(status -> caughtUp(mapping, fingerprint)));
    }

    /**
     * The people reached in the period ({@link #reached}), counted in the transaction that brought the summary up
     * to date: a caller's own transaction may have taken its snapshot before the catch-up was committed. Empty when
     * the summary cannot answer.
     */
    Optional<Map<String, Long>> reachedUpToDate(StrategyMapping mapping, String fingerprint, ReportPeriod period) {
        return tx.execute(status -> caughtUp(mapping, fingerprint) ? Optional.of(reached(period)) : Optional.empty());
    }

    private boolean caughtUp(StrategyMapping mapping, String fingerprint) {
        String built = jdbc.sql("select mapping from report_reach_state where id = 1 for update").query(String.class).optional().orElse(null);
        if (!fingerprint.equals(built)
                || jdbc.sql("select count(*) from (select 1 from report_reach_pending limit ?) p").param(MOST_PENDING + 1)
                .query(Long.class).single() > MOST_PENDING) {
            return false;
        }
        drainPending(mapping);
        return true;
    }

    /**
     * Builds the summary from nothing, a slice of residents at a time, then catches up on every resident noted
     * meanwhile or before (recomputing a resident twice is harmless; missing one is not). Only one instance builds
     * at once; a claim older than half an hour is taken to belong to a process that died.
     */
    boolean rebuild(StrategyMapping mapping, String fingerprint) {
        LocalDateTime started = LocalDateTime.now(clock);
        int claimed = jdbc.sql("update report_reach_state set mapping = null, rebuild_started_at = ? where id = 1"
                        + " and (rebuild_started_at is null or rebuild_started_at < ?)")
                .params(started, started.minusMinutes(30)).update();
        if (claimed == 0) {
            return false;
        }
        jdbc.sql("delete from report_reach").update();
        long highest = jdbc.sql("select coalesce(max(resident_id), 0) from rpt_resident").query(Long.class).single();
        for (long low = 0; low <= highest; low += RESIDENTS_PER_REBUILD_STEP) {
            long from = low;
            long to = low + RESIDENTS_PER_REBUILD_STEP - 1 >= highest ? Long.MAX_VALUE : low + RESIDENTS_PER_REBUILD_STEP - 1;
            tx.executeWithoutResult(status -> jdbc.sql(insertReach(mapping, " between :low and :high"))
                    .param("low", from).param("high", to).param("openUntil", openUntil()).update());
        }
        tx.executeWithoutResult(status -> {
            drainPending(mapping);
            jdbc.sql("update report_reach_state set mapping = ?, built_at = ?, rebuild_started_at = null where id = 1")
                    .params(fingerprint, LocalDateTime.now(clock)).update();
        });
        log.info("Reach summary rebuilt in {} s", java.time.Duration.between(started, LocalDateTime.now(clock)).toSeconds());
        return true;
    }

    /** Only while nothing else writes to the sources: see {@link MonthlyTotals}. */
    void afterBulkLoad() {
        MonthlyTotals.REBUILD.forEach(sql -> jdbc.sql(sql).update());
        jdbc.sql("delete from report_reach_pending").update();
        jdbc.sql("update report_reach_state set mapping = null where id = 1").update();
    }

    /** Residents reached in the period, keyed "H" + heading id, "O" + outcome id, and "A0" overall. */
    private Map<String, Long> reached(ReportPeriod period) {
        var counts = new HashMap<String, Long>();
        jdbc.sql("select scope, scope_id, count(*) from report_reach where era = ? and months & ? <> 0 group by scope, scope_id")
                .params(ReachMonths.era(ReachMonths.index(period.from())), ReachMonths.mask(period))
                .query((RowCallbackHandler) rs -> counts.put(rs.getString(1) + rs.getLong(2), rs.getLong(3)));
        return counts;
    }

    private void drainPending(StrategyMapping mapping) {
        while (true) {
            List<long[]> pending = jdbc.sql("select seq, resident_id from report_reach_pending order by seq limit 20000")
                    .query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).list();
            if (pending.isEmpty()) {
                return;
            }
            Set<Long> residents = pending.stream().map(p -> p[1]).collect(Collectors.toCollection(LinkedHashSet::new));
            for (List<Long> slice : slices(new ArrayList<>(residents))) {
                jdbc.sql("delete from report_reach where resident_id in (:ids)").param("ids", slice).update();
                jdbc.sql(insertReach(mapping, " in (:ids)")).param("ids", slice).param("openUntil", openUntil()).update();
            }
            for (List<Long> slice : slices(pending.stream().map(p -> p[0]).toList())) {
                jdbc.sql("delete from report_reach_pending where seq in (:seqs)").param("seqs", slice).update();
            }
        }
    }

    /**
     * Every month a resident counts as reached, as a first and last month (the same for a dated record, a range
     * for a family case), turned into bits per era and combined per heading, outcome and overall.
     */
    private String insertReach(StrategyMapping mapping, String residentIs) {
        var evidence = new StringJoiner(" union all ");
        evidence.add(dated("resident_id, heading_id, outcome_id", "session_date", "rpt_attendance where resident_id" + residentIs));
        var builders = mapping.builders();
        evidence.add(dated(builders == null ? "resident_id, heading_id, outcome_id"
                        : "resident_id, coalesce(heading_id, " + builders.headingId() + "), coalesce(outcome_id, " + builders.outcomeId() + ")",
                "connected_on", "rpt_connection where resident_id" + residentIs + (builders == null ? " and heading_id is not null" : "")));
        var volunteering = mapping.volunteering();
        if (volunteering != null) {
            String place = "resident_id, " + volunteering.headingId() + ", " + volunteering.outcomeId();
            evidence.add(dated(place, "activity_date", "rpt_volunteering_hours where resident_id" + residentIs));
            evidence.add(dated(place, "occurred_at", "rpt_volunteer_credit where resident_id" + residentIs
                    + " and counts_as in ('ISSUE', 'REDEEM')"));
        }
        var family = mapping.family();
        if (family != null) {
            String place = "m.resident_id, " + family.headingId() + ", " + family.outcomeId();
            evidence.add("select " + place + ", " + ReachMonths.indexSql("c.opened_on") + ", coalesce("
                    + ReachMonths.indexSql("c.closed_on") + ", :openUntil) from rpt_family_case_member m"
                    + " join rpt_family_case c on c.case_id = m.case_id where m.resident_id" + residentIs);
            evidence.add("select " + place + ", " + ReachMonths.indexSql("o.recorded_on") + ", " + ReachMonths.indexSql("o.recorded_on")
                    + " from rpt_family_case_member m join rpt_family_case c on c.case_id = m.case_id"
                    + " join rpt_family_outcome o on o.case_id = m.case_id where o.outcome = 'ACHIEVED'"
                    + " and c.primary_resident_id = m.resident_id and m.resident_id" + residentIs);
        }
        String eras = IntStream.range(0, ReachMonths.ERAS).mapToObj(e -> "select " + e + " era")
                .collect(Collectors.joining(" union all "));
        int n = ReachMonths.ERA_MONTHS;
        String low = "greatest(ev.lo, e.era * " + n + ") - e.era * " + n;
        String high = "least(ev.hi, e.era * " + n + " + " + (n - 1) + ") - e.era * " + n;
        return "insert into report_reach (era, scope, scope_id, resident_id, months)"
                + " select e.era, s.scope, case s.scope when 'H' then ev.heading_id when 'O' then ev.outcome_id else 0 end,"
                + " ev.resident_id, bit_or(((1 << (" + high + " + 1)) - 1) & ~((1 << (" + low + ")) - 1))"
                + " from (" + evidence + ") ev"
                + " join (" + eras + ") e on e.era between floor(ev.lo / " + n + ") and floor(ev.hi / " + n + ")"
                + " cross join (select 'H' scope union all select 'O' union all select 'A') s"
                + " where ev.hi >= ev.lo"
                + " group by e.era, s.scope, 3, ev.resident_id";
    }

    private static String dated(String who, String column, String from) {
        return "select " + who + ", " + ReachMonths.indexSql(column) + " lo, " + ReachMonths.indexSql(column) + " hi from " + from;
    }

    /** Where an open family case's months end: the end of this era, which a new era's rebuild extends. */
    private int openUntil() {
        return (currentEra() + 1) * ReachMonths.ERA_MONTHS - 1;
    }

    private int currentEra() {
        return ReachMonths.era(ReachMonths.index(LocalDate.now(clock)));
    }

    private static <T> List<List<T>> slices(List<T> all) {
        var slices = new ArrayList<List<T>>();
        for (int i = 0; i < all.size(); i += RESIDENTS_PER_STATEMENT) {
            slices.add(all.subList(i, Math.min(all.size(), i + RESIDENTS_PER_STATEMENT)));
        }
        return slices;
    }

    private static String place(StrategyMapping.Place place) {
        return place == null ? "-" : place.headingId() + "/" + place.outcomeId() + "/" + Objects.toString(place.programmeId());
    }
}

package org.bridgework.scale;

import org.bridgework.security.RunAs;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.bridgework.security.UserAccountService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Times every {@link BenchmarkCase}'s questions, signed in as a community engagement officer so that each call
 * passes the same security and audit as a person's. Warm-up runs first, then app and raw SQL runs alternate.
 */
@Component
class Benchmark {

    static final String OFFICER = "benchmark-officer";
    private static final int SAMPLE_IDS = 40;

    private final List<BenchmarkCase> cases;
    private final JdbcClient jdbc;
    private final UserAccountService users;

    Benchmark(List<BenchmarkCase> cases, JdbcClient jdbc, UserAccountService users) {
        this.cases = cases.stream().sorted(Comparator.comparingInt(BenchmarkCase::order)).toList();
        this.jdbc = jdbc;
        this.users = users;
    }

    record Result(String question, Duration target, double appP50, double appP95, double sqlP50, double sqlP95,
                  long appRows, long sqlRows, boolean sameAnswer) {

        boolean met() {
            return target == null || appP95 <= target.toNanos() / 1e6;
        }

        boolean answersAgree() {
            return !sameAnswer || appRows == sqlRows;
        }
    }

    /** Runs the cases whose names are in {@code only} (all when it is empty), printing each line as it is measured. */
    List<Result> run(int runs, int warmUp, Set<String> only) {
        var officer = SystemUser.call(() -> users.machineAccount(OFFICER, "Benchmark officer", Role.OFFICER, null, null));
        return RunAs.call(officer, () -> {
            var context = context();
            var results = new ArrayList<Result>();
            for (var c : cases) {
                if (!only.isEmpty() && !only.contains(c.name())) {
                    continue;
                }
                for (var q : c.prepare(context)) {
                    var result = time(q, runs, warmUp);
                    // the full table prints at the end; a line now shows progress on a long London run
                    System.out.println("[benchmark] " + row(result).strip());
                    results.add(result);
                }
            }
            return results;
        });
    }

    private BenchmarkContext context() {
        long live = jdbc.sql("select count(*) from resident where merged_into_id is null").query(Long.class).single();
        long min = jdbc.sql("select coalesce(min(id), 0) from resident").query(Long.class).single();
        long max = jdbc.sql("select coalesce(max(id), 0) from resident").query(Long.class).single();
        var ids = new ArrayList<Long>();
        for (int i = 0; i < SAMPLE_IDS && max > 0; i++) {
            long near = min + (max - min) * (2 * i + 1) / (2L * SAMPLE_IDS);
            jdbc.sql("select id from resident where id >= ? and merged_into_id is null and anonymised_at is null"
                            + " and household_id is not null order by id limit 1")
                    .param(near).query(Long.class).optional().ifPresent(ids::add);
        }
        return new BenchmarkContext(jdbc, live, List.copyOf(ids));
    }

    private Result time(BenchmarkQuestion q, int runs, int warmUp) {
        for (int i = 0; i < warmUp; i++) {
            q.app().applyAsLong(i);
            q.bestSql().applyAsLong(i);
        }
        long[] app = new long[runs];
        long[] sql = new long[runs];
        long appRows = 0, sqlRows = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            appRows = q.app().applyAsLong(warmUp + i);
            long t1 = System.nanoTime();
            sqlRows = q.bestSql().applyAsLong(warmUp + i);
            long t2 = System.nanoTime();
            app[i] = t1 - t0;
            sql[i] = t2 - t1;
        }
        return new Result(q.question(), q.target(), percentile(app, 50), percentile(app, 95),
                percentile(sql, 50), percentile(sql, 95), appRows, sqlRows, q.sameAnswer());
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    static String table(List<Result> results, int runs, int warmUp) {
        var out = new StringBuilder();
        out.append(String.format("%d measured runs per question after %d warm-up runs; times in ms%n%n", runs, warmUp));
        out.append("| Question | Target p95 | App p50 | App p95 | Best SQL p50 | Best SQL p95 | App / SQL (p50) | Rows app / SQL | Target met |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|:---:|\n");
        results.forEach(r -> out.append(row(r)));
        return out.toString();
    }

    private static String row(Result r) {
        double ratio = r.appP50() / Math.max(r.sqlP50(), 0.001);
        return String.format("| %s | %s | %.1f | %.1f | %.1f | %.1f | %s× | %d / %d | %s |%n", r.question(),
                r.target() == null ? "–" : "< " + r.target().toMillis(), r.appP50(), r.appP95(), r.sqlP50(),
                r.sqlP95(), String.format(ratio < 0.95 ? "%.2f" : "%.1f", ratio), r.appRows(), r.sqlRows(),
                r.target() == null ? "–" : r.met() ? "yes" : "**no**");
    }
}

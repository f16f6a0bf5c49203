package org.bridgework.scale;

import tools.jackson.databind.json.JsonMapper;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * N virtual users ramped up over the plan's ramp-up, each in its own virtual thread and its own HTTP session, run
 * for the plan's duration. Heap per UI session is measured in this JVM, so it means something only when the
 * driver runs inside the application (the {@code load} profile, or a test): heap after a full collection with every
 * user's session open and the driver's own copies of the UI trees dropped, minus heap before, over the users.
 */
final class LoadRun {

    record Result(int users, int started, LoadRecorder recorder, long heapPerSessionBytes, double loadAverage,
                  Duration elapsed) {

        double p(double percentile) {
            return LoadRecorder.percentile(recorder.millis(null), percentile);
        }

        long roundTrips() {
            return recorder.millis(null).length;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    Result run(LoadPlan plan, int users) throws InterruptedException {
        long heapBefore = settledHeap();
        var recorder = new LoadRecorder();
        var virtualUsers = new ArrayList<LoadUser>();
        for (int i = 0; i < users; i++) {
            virtualUsers.add(new LoadUser(new UiConnection(http, plan.baseUrl(), json), plan, recorder));
        }
        long started = System.nanoTime();
        long stopAt = started + plan.rampUp().toNanos() + plan.duration().toNanos();
        double loadSum = 0;
        int loadSamples = 0;
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Boolean>> running = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                var user = virtualUsers.get(i);
                long delay = plan.rampUp().toMillis() * i / Math.max(1, users);
                running.add(threads.submit(() -> {
                    Thread.sleep(delay);
                    boolean ok = user.start();
                    if (ok) {
                        user.loop(() -> System.nanoTime() < stopAt);
                    }
                    return ok;
                }));
            }
            while (System.nanoTime() < stopAt) {
                Thread.sleep(1000);
                double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                if (load >= 0 && System.nanoTime() > started + plan.rampUp().toNanos()) {
                    loadSum += load;
                    loadSamples++;
                }
            }
            int ok = 0;
            for (var f : running) {
                try {
                    ok += f.get() ? 1 : 0;
                } catch (java.util.concurrent.ExecutionException e) {
                    recorder.error(LoadRecorder.Kind.BOOTSTRAP, new IllegalStateException(e.getCause()));
                }
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            virtualUsers.forEach(LoadUser::stop);
            long heapWith = settledHeap();
            long perSession = ok == 0 ? 0 : Math.max(0, heapWith - heapBefore) / ok;
            for (var user : virtualUsers) {
                threads.submit(user::signOut);
            }
            return new Result(users, ok, recorder, perSession, loadSamples == 0 ? Double.NaN : loadSum / loadSamples, elapsed);
        }
    }

    private static long settledHeap() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    static String table(List<Result> results, LoadPlan plan) {
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Virtual users: ramp-up %d s, then %d s; think time %d-%d ms; report period %d days%s%n%n",
                plan.rampUp().toSeconds(), plan.duration().toSeconds(), plan.thinkMinMillis(), plan.thinkMaxMillis(),
                plan.reportDays(), plan.reports() ? "" : " (reports left out)"));
        out.append("| Users | Started | Round trips | Errors | p50 ms | p95 ms | p99 ms | Heap per UI session | Load average |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (var r : results) {
            out.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %.1f | %.1f | %.1f | %.2f MB | %.1f |%n", r.users(),
                    r.started(), r.roundTrips(), r.recorder().totalErrors(), r.p(50), r.p(95), r.p(99),
                    r.heapPerSessionBytes() / 1_048_576.0, r.loadAverage()));
        }
        for (var r : results) {
            out.append(String.format(Locale.ROOT, "%n%d users, by step:%n%n| Step | Round trips | Errors | p50 ms | p95 ms | p99 ms |%n"
                    + "|---|---:|---:|---:|---:|---:|%n", r.users()));
            for (var kind : LoadRecorder.Kind.values()) {
                double[] ms = r.recorder().millis(kind);
                out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f |%n", kind.what, ms.length,
                        r.recorder().errors(kind), LoadRecorder.percentile(ms, 50), LoadRecorder.percentile(ms, 95),
                        LoadRecorder.percentile(ms, 99)));
            }
            r.recorder().messages().forEach(m -> out.append("- error: ").append(m).append('\n'));
        }
        return out.toString();
    }
}

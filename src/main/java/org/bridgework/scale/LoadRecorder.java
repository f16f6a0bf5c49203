package org.bridgework.scale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Every round trip's time by kind, the errors with a few of their messages, and the registers saved. */
final class LoadRecorder {

    enum Kind {
        BOOTSTRAP("sign in page load + init + first view"), NAVIGATE("open the residents page"),
        SEARCH("type a name (grid refresh)"), GRID("grid confirms its data"), OPEN_RESIDENT("open a resident's page"),
        OPEN_REGISTER("open a session register"), MARK("mark an attendee"), SAVE_REGISTER("save the register"),
        OPEN_REPORTS("open the reports (last year's figures)"), REPORT_PERIOD("choose a report date"),
        RUN_REPORT("run the report for the short period");

        final String what;

        Kind(String what) {
            this.what = what;
        }
    }

    private final Map<Kind, ConcurrentLinkedQueue<Long>> times = new EnumMap<>(Kind.class);
    private final Map<Kind, AtomicLong> errors = new EnumMap<>(Kind.class);
    private final Map<Kind, AtomicLong> misses = new EnumMap<>(Kind.class);
    private final ConcurrentLinkedQueue<String> messages = new ConcurrentLinkedQueue<>();
    private final Set<Long> changedSessions = ConcurrentHashMap.newKeySet();

    LoadRecorder() {
        for (Kind kind : Kind.values()) {
            times.put(kind, new ConcurrentLinkedQueue<>());
            errors.put(kind, new AtomicLong());
            misses.put(kind, new AtomicLong());
        }
    }

    void record(Kind kind, long nanos) {
        times.get(kind).add(nanos);
    }

    void error(Kind kind, Exception e) {
        errors.get(kind).incrementAndGet();
        if (messages.size() < 20) {
            messages.add(kind + ": " + e);
        }
    }

    /** A step found nothing to act on (a name search with no matches): not an error, but worth counting. */
    void miss(Kind kind) {
        misses.get(kind).incrementAndGet();
    }

    /** The register of {@code session} was saved with at least one mark changed. */
    void changed(long session) {
        changedSessions.add(session);
    }

    long count(Kind kind) {
        return times.get(kind).size();
    }

    long errors(Kind kind) {
        return errors.get(kind).get();
    }

    long misses(Kind kind) {
        return misses.get(kind).get();
    }

    long totalErrors() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    List<String> messages() {
        return List.copyOf(messages);
    }

    Set<Long> changedSessions() {
        return Set.copyOf(changedSessions);
    }

    /** Sorted milliseconds of one kind, or of every kind but the bootstrap when {@code kind} is null. */
    double[] millis(Kind kind) {
        var all = new ArrayList<Long>();
        for (var entry : times.entrySet()) {
            if (kind == null ? entry.getKey() != Kind.BOOTSTRAP : entry.getKey() == kind) {
                all.addAll(entry.getValue());
            }
        }
        double[] ms = all.stream().mapToDouble(n -> n / 1_000_000.0).toArray();
        Arrays.sort(ms);
        return ms;
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}

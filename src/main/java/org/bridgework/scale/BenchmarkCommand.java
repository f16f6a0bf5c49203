package org.bridgework.scale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@code benchmark} profile: once the application is ready, prints its start-up time and the table, then exits. */
@Component
@Profile("benchmark")
class BenchmarkCommand {

    private final Benchmark benchmark;
    private final ConfigurableApplicationContext application;
    private final int runs;
    private final int warmUp;
    private final RedemptionThroughput redemptions;
    private final int redemptionCredits;
    private final boolean redemptionsOnly;
    private final boolean redemptionRuns;
    private final Set<String> onlyCases;

    BenchmarkCommand(Benchmark benchmark, ConfigurableApplicationContext application,
                     @Value("${bridgework.benchmark.runs:50}") int runs,
                     @Value("${bridgework.benchmark.warm-up:10}") int warmUp, RedemptionThroughput redemptions,
                     @Value("${bridgework.benchmark.redemption-credits:5000}") int redemptionCredits,
                     @Value("${bridgework.benchmark.redemptions-only:false}") boolean redemptionsOnly,
                     @Value("${bridgework.benchmark.redemptions:true}") boolean redemptionRuns,
                     @Value("${bridgework.benchmark.cases:}") List<String> onlyCases) {
        this.onlyCases = onlyCases.stream().map(String::strip).filter(c -> !c.isEmpty()).collect(Collectors.toSet());
        this.redemptionRuns = redemptionRuns;
        this.redemptionsOnly = redemptionsOnly;
        this.redemptions = redemptions;
        this.redemptionCredits = redemptionCredits;
        this.benchmark = benchmark;
        this.application = application;
        this.runs = runs;
        this.warmUp = warmUp;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        long startup = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("%n[benchmark] Application start-up, JVM start to ApplicationReadyEvent: %.1f s%n", startup / 1000.0);
        if (!redemptionsOnly) {
            var results = benchmark.run(runs, warmUp, onlyCases);
            System.out.println();
            System.out.println(Benchmark.table(results, runs, warmUp));
        }
        if (!redemptionRuns) {
            System.exit(SpringApplication.exit(application, () -> 0));
            return;
        }
        var spread = redemptions.run(16, redemptionCredits, 16);
        System.out.println(spread.line());
        var contended = redemptions.run(16, redemptionCredits, 1);
        System.out.println(contended.line());
        // a benchmark that overspent or unbalanced the ledger has found a bug: say so to whoever ran it
        int status = spread.sound() && contended.sound() ? 0 : 1;
        if (status != 0) {
            System.out.println("[benchmark] INTEGRITY CHECK FAILED: overspend or an unbalanced ledger (see above)");
        }
        System.exit(SpringApplication.exit(application, () -> status));
    }
}

package org.bridgework.scale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;

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

    BenchmarkCommand(Benchmark benchmark, ConfigurableApplicationContext application,
                     @Value("${bridgework.benchmark.runs:50}") int runs,
                     @Value("${bridgework.benchmark.warm-up:10}") int warmUp, RedemptionThroughput redemptions,
                     @Value("${bridgework.benchmark.redemption-credits:5000}") int redemptionCredits) {
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
        var results = benchmark.run(runs, warmUp);
        System.out.println();
        System.out.println(Benchmark.table(results, runs, warmUp));
        System.out.println(redemptions.run(16, redemptionCredits).line());
        System.exit(SpringApplication.exit(application, () -> 0));
    }
}

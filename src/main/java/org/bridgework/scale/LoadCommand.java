package org.bridgework.scale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code load} profile: once the app is up, virtual users drive its real UI over HTTP from inside the same JVM
 * (so heap per session can be read), at each of the configured user counts in turn; prints the table, then exits.
 */
@Component
@Profile("load")
class LoadCommand {

    private final LoadData data;
    private final ConfigurableApplicationContext application;
    private final List<Integer> userCounts;
    private final Duration rampUp;
    private final Duration duration;
    private final int thinkMin;
    private final int thinkMax;
    private final boolean reports;
    private final int reportDays;
    private final int warmUpUsers;

    LoadCommand(LoadData data, ConfigurableApplicationContext application,
                @Value("${bridgework.load.users:50,100,200}") List<Integer> userCounts,
                @Value("${bridgework.load.ramp-up:20s}") Duration rampUp,
                @Value("${bridgework.load.duration:60s}") Duration duration,
                @Value("${bridgework.load.think-min-ms:1000}") int thinkMin,
                @Value("${bridgework.load.think-max-ms:3000}") int thinkMax,
                @Value("${bridgework.load.reports:true}") boolean reports,
                @Value("${bridgework.load.report-days:7}") int reportDays,
                @Value("${bridgework.load.warm-up-users:5}") int warmUpUsers) {
        this.warmUpUsers = warmUpUsers;
        this.data = data;
        this.application = application;
        this.userCounts = userCounts;
        this.rampUp = rampUp;
        this.duration = duration;
        this.thinkMin = thinkMin;
        this.thinkMax = thinkMax;
        this.reports = reports;
        this.reportDays = reportDays;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() throws InterruptedException {
        int port = ((WebServerApplicationContext) application).getWebServer().getPort();
        var account = data.officer();
        var plan = new LoadPlan("http://127.0.0.1:" + port + "/", account.username(), account.password(),
                data.familyNames(500), data.registerSessions(200), thinkMin, thinkMax, rampUp, duration, reports, reportDays);
        var run = new LoadRun();
        var results = new ArrayList<LoadRun.Result>();
        if (warmUpUsers > 0) {
            // first use loads classes, fills caches and compiles hot code: kept out of the figures and the heap deltas
            var warm = run.run(new LoadPlan(plan.baseUrl(), plan.username(), plan.password(), plan.searchTerms(),
                    plan.sessionIds(), thinkMin, thinkMax, Duration.ofSeconds(2), Duration.ofSeconds(20), reports, reportDays), warmUpUsers);
            System.out.printf("[load] warm-up, %d users: %d round trips, %d errors (not counted)%n", warmUpUsers,
                    warm.roundTrips(), warm.recorder().totalErrors());
            Thread.sleep(5000);
        }
        for (int users : userCounts) {
            var result = run.run(plan, users);
            System.out.printf("[load] %d users: %d round trips, %d errors, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.2f MB heap per UI session, load %.1f%n",
                    users, result.roundTrips(), result.recorder().totalErrors(), result.p(50), result.p(95), result.p(99),
                    result.heapPerSessionBytes() / 1_048_576.0, result.loadAverage());
            results.add(result);
            // let the signed-out sessions go before the next, larger, run measures its own heap
            Thread.sleep(5000);
        }
        System.out.println();
        System.out.println(LoadRun.table(results, plan));
        System.exit(SpringApplication.exit(application, () -> 0));
    }
}

package org.bridgework.faults;

import org.bridgework.activities.ActivityService;
import org.bridgework.activities.RegisterService;
import org.bridgework.timecredits.RedemptionService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The {@code fault-drill} profile. {@code burst}: keep redeeming and saving registers, acknowledging each to a file,
 * while the web app serves as usual (the scripts kill it, stop its database or fail it over). {@code check}: verify
 * the database against the acknowledgement files, print PASS or FAIL and exit 0 or 3. Scripts in scripts/faults/.
 */
@Component
@Profile("fault-drill")
class FaultDrillCommand {

    private final DrillFixtures fixtures;
    private final FaultDrillCheck checker;
    private final RedemptionService redemptions;
    private final RegisterService registers;
    private final ActivityService activities;
    private final ConfigurableApplicationContext application;
    private final String mode;
    private final String ackFiles;
    private final String tag;
    private final int members;
    private final int creditsPerMember;
    private final int registerSize;
    private final int redemptionThreads;
    private final int registerThreads;
    private final long pauseMillis;
    private FaultDrillBurst burst;

    FaultDrillCommand(DrillFixtures fixtures, FaultDrillCheck checker, RedemptionService redemptions, RegisterService registers,
                      ActivityService activities, ConfigurableApplicationContext application,
                      @Value("${bridgework.drill.mode:burst}") String mode,
                      @Value("${bridgework.drill.ack-file:target/fault-drill/acknowledged.log}") String ackFiles,
                      @Value("${bridgework.drill.tag:}") String tag,
                      @Value("${bridgework.drill.members:8}") int members,
                      @Value("${bridgework.drill.credits-per-member:240}") int creditsPerMember,
                      @Value("${bridgework.drill.register-size:50}") int registerSize,
                      @Value("${bridgework.drill.redemption-threads:3}") int redemptionThreads,
                      @Value("${bridgework.drill.register-threads:1}") int registerThreads,
                      @Value("${bridgework.drill.pause-ms:0}") long pauseMillis) {
        this.fixtures = fixtures;
        this.checker = checker;
        this.redemptions = redemptions;
        this.registers = registers;
        this.activities = activities;
        this.application = application;
        this.mode = mode;
        this.ackFiles = ackFiles;
        this.tag = tag.isBlank() ? Long.toString(System.currentTimeMillis(), 36) : tag;
        this.members = members;
        this.creditsPerMember = creditsPerMember;
        this.registerSize = registerSize;
        this.redemptionThreads = redemptionThreads;
        this.registerThreads = registerThreads;
        this.pauseMillis = pauseMillis;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() throws Exception {
        if (mode.equals("check")) {
            var outcome = checker.check(Arrays.stream(ackFiles.split(",")).map(String::trim).map(Path::of).toList(), registerSize);
            System.out.println(FaultDrillCheck.describe(outcome));
            int code = outcome.passed() ? 0 : 3;
            System.exit(SpringApplication.exit(application, () -> code));
        }
        var made = fixtures.create(tag, members, creditsPerMember, registerSize);
        System.out.printf("[drill] fixtures ready: tag %s, %d members with %d credits each, a register of %d%n",
                tag, members, creditsPerMember, registerSize);
        burst = new FaultDrillBurst(made, redemptions, registers, activities, Path.of(ackFiles), pauseMillis);
        burst.start(redemptionThreads, registerThreads);
    }

    @PreDestroy
    void stop() {
        if (burst != null) {
            burst.stop();
        }
    }
}

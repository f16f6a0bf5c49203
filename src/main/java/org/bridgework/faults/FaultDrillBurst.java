package org.bridgework.faults;

import org.bridgework.activities.ActivityService;
import org.bridgework.activities.Mark;
import org.bridgework.activities.Recurrence;
import org.bridgework.activities.RegisterMark;
import org.bridgework.activities.RegisterService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.timecredits.RedemptionRequest;
import org.bridgework.timecredits.RedemptionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Redemptions across the drill's members and whole-register saves, as fast as the app takes them, each written to
 * the acknowledgement log once its service call has returned. Failures (the database gone, say) are counted and
 * retried after a short pause, as a person would retry; the counts are printed every second for the scripts.
 */
final class FaultDrillBurst {

    private static final Logger log = LoggerFactory.getLogger(FaultDrillBurst.class);

    private final DrillFixtures.Fixtures fixtures;
    private final RedemptionService redemptions;
    private final RegisterService registers;
    private final ActivityService activities;
    private final AcknowledgementLog acks;
    private final long pauseMillis;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong redeemed = new AtomicLong();
    private final AtomicLong saved = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong sequence = new AtomicLong();
    private final ArrayList<Thread> threads = new ArrayList<>();

    FaultDrillBurst(DrillFixtures.Fixtures fixtures, RedemptionService redemptions, RegisterService registers,
                    ActivityService activities, Path ackFile, long pauseMillis) {
        this.fixtures = fixtures;
        this.redemptions = redemptions;
        this.registers = registers;
        this.activities = activities;
        this.acks = new AcknowledgementLog(ackFile);
        this.pauseMillis = pauseMillis;
    }

    void start(int redemptionThreads, int registerThreads) {
        for (int i = 0; i < redemptionThreads; i++) {
            threads.add(Thread.ofPlatform().daemon().name("drill-redeem-" + i).start(() -> loop(this::redeemOnce)));
        }
        for (int i = 0; i < registerThreads; i++) {
            threads.add(Thread.ofPlatform().daemon().name("drill-register-" + i).start(() -> loop(this::saveRegisterOnce)));
        }
        threads.add(Thread.ofPlatform().daemon().name("drill-status").start(() -> {
            while (running.get()) {
                System.out.printf("[drill] acknowledged redemptions=%d registers=%d refused=%d failed=%d%n",
                        redeemed.get(), saved.get(), refused.get(), failed.get());
                sleep(1000);
            }
        }));
    }

    void stop() {
        running.set(false);
        threads.forEach(t -> {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private void loop(Runnable once) {
        while (running.get()) {
            try {
                once.run();
                pause();
            } catch (InvalidInputException e) {
                refused.incrementAndGet();
                pause();
            } catch (RuntimeException e) {
                if (failed.incrementAndGet() % 50 == 1) {
                    log.warn("Drill operation failed ({}): {}", e.getClass().getSimpleName(), e.getMessage());
                }
                sleep(250);
            }
        }
    }

    private void redeemOnce() {
        var cards = fixtures.cards();
        String card = cards.get(ThreadLocalRandom.current().nextInt(cards.size()));
        String key = fixtures.tag() + "-r" + sequence.incrementAndGet();
        Drill.as(fixtures.till(), () -> redemptions.redeem(new RedemptionRequest(card, fixtures.offerId(), 1, key)));
        acks.acknowledge("R", key);
        redeemed.incrementAndGet();
    }

    private void saveRegisterOnce() {
        long n = sequence.incrementAndGet();
        // one new session per save, so that a register is either wholly written or not at all, never a mixture of saves
        var slot = Recurrence.once(LocalDate.of(2026, 1, 1).plusDays(n / 96), LocalTime.MIDNIGHT.plusMinutes(15 * (n % 96)), 15);
        long sessionId = Drill.as(fixtures.officer(), () -> activities.schedule(fixtures.activityId(), slot).getFirst());
        var marks = fixtures.registerResidents().stream()
                .map(id -> RegisterMark.of(id, id % 7 == 0 ? Mark.ABSENT : Mark.PRESENT)).toList();
        Drill.as(fixtures.officer(), () -> registers.save(sessionId, marks));
        acks.acknowledge("S", Long.toString(sessionId));
        saved.incrementAndGet();
    }

    private void pause() {
        if (pauseMillis > 0) {
            sleep(pauseMillis);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

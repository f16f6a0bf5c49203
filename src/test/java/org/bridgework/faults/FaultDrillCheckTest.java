package org.bridgework.faults;

import org.bridgework.IntegrationTest;
import org.bridgework.TestFixtures;
import org.bridgework.activities.ActivityService;
import org.bridgework.activities.Mark;
import org.bridgework.activities.Recurrence;
import org.bridgework.activities.RegisterMark;
import org.bridgework.activities.RegisterService;
import org.bridgework.timecredits.RedemptionRequest;
import org.bridgework.timecredits.RedemptionService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The drills' oracle must be able to say FAIL: a lost acknowledged redemption and a half-written register are caught. */
class FaultDrillCheckTest extends IntegrationTest {

    private static final int REGISTER = 5;

    @Autowired DrillFixtures drillFixtures;
    @Autowired FaultDrillCheck checker;
    @Autowired RedemptionService redemptions;
    @Autowired RegisterService registers;
    @Autowired ActivityService activities;
    @Autowired JdbcClient jdbc;

    @Test
    void passesOnAcknowledgedWorkAndFailsWhenAnyOfItIsMissingOrHalfWritten(@TempDir Path dir) throws Exception {
        String tag = TestFixtures.unique("t");
        var made = drillFixtures.create(tag, 1, 3, REGISTER);
        Path ackFile = dir.resolve("acknowledged.log");
        try (var acks = new AcknowledgementLog(ackFile)) {
            for (int i = 0; i < 2; i++) {
                String key = tag + "-r" + i;
                Drill.as(made.till(), () -> redemptions.redeem(new RedemptionRequest(made.cards().getFirst(), made.offerId(), 1, key)));
                acks.acknowledge("R", key);
            }
            long session = Drill.as(made.officer(), () -> activities.schedule(made.activityId(),
                    Recurrence.once(LocalDate.of(2026, 2, 2), LocalTime.of(10, 0), 15)).getFirst());
            Drill.as(made.officer(), () -> registers.save(session, made.registerResidents().stream()
                    .map(id -> RegisterMark.of(id, Mark.PRESENT)).toList()));
            acks.acknowledge("S", Long.toString(session));

            var sound = checker.check(List.of(ackFile), REGISTER);
            assertThat(sound.passed()).as(FaultDrillCheck.describe(sound)).isTrue();
            assertThat(sound.redemptionsFound()).isEqualTo(2);
            assertThat(sound.registersComplete()).isEqualTo(1);

            // a line cut short by a kill was never acknowledged; a whole line for work the database lacks is a loss
            acks.acknowledge("R", tag + "-never-committed");
            Files.writeString(ackFile, "R " + tag + "-half", java.nio.file.StandardOpenOption.APPEND);
            var lost = checker.check(List.of(ackFile), REGISTER);
            assertThat(lost.passed()).isFalse();
            assertThat(lost.redemptionsAcknowledged()).isEqualTo(3);
            assertThat(lost.redemptionsFound()).isEqualTo(2);
            assertThat(FaultDrillCheck.describe(lost)).contains("FAIL");

            jdbc.sql("delete from session_attendance where session_id = ? and resident_id = ?")
                    .params(session, made.registerResidents().getFirst()).update();
            var half = checker.check(List.of(dir.resolve("none.log")), REGISTER);
            assertThat(half.halfWrittenRegisters()).isEqualTo(1);
            assertThat(half.passed()).isFalse();
        }
    }
}

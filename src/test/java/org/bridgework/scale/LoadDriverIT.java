package org.bridgework.scale;

import org.bridgework.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Five virtual users drive the real UI over Vaadin's own protocol for ten seconds, on the demo data. */
class LoadDriverIT extends BrowserTest {

    @Autowired
    LoadData data;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fiveVirtualUsersSearchOpenMarkAndReportWithoutAProtocolError() throws Exception {
        var account = data.officer();
        var plan = new LoadPlan(url(""), account.username(), account.password(), data.familyNames(100),
                data.registerSessions(20), 200, 600, Duration.ofSeconds(2), Duration.ofSeconds(10), true, 7);
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        var result = new LoadRun().run(plan, 5);
        System.out.println(LoadRun.table(List.of(result), plan));

        var recorder = result.recorder();
        assertThat(recorder.messages()).isEmpty();
        assertThat(recorder.totalErrors()).isZero();
        assertThat(result.started()).isEqualTo(5);
        for (var kind : LoadRecorder.Kind.values()) {
            assertThat(recorder.count(kind)).as(kind.what).isPositive();
        }
        assertThat(recorder.changedSessions()).isNotEmpty();
        for (long session : recorder.changedSessions()) {
            var saved = jdbc.sql("select register_saved_at from activity_session where id = ?").param(session)
                    .query(Timestamp.class).single();
            assertThat(saved.toInstant()).as("register of session " + session + " saved with changes during the run").isAfterOrEqualTo(before);
        }
        assertThat(jdbc.sql("select count(*) from session_attendance where recorded_by = ?").param(account.username())
                .query(Long.class).single()).as("marks the virtual officers saved").isPositive();
        assertThat(result.heapPerSessionBytes()).isPositive();
    }
}

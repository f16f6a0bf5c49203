package org.bridgework.scale;

import org.bridgework.activities.ActivityForm;
import org.bridgework.activities.ActivityService;
import org.bridgework.activities.Frequency;
import org.bridgework.activities.Mark;
import org.bridgework.activities.Recurrence;
import org.bridgework.activities.RegisterMark;
import org.bridgework.activities.RegisterService;
import org.bridgework.activities.StrategyKind;
import org.bridgework.activities.StrategyService;
import org.bridgework.activities.TargetGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Saving the register of a session of 50, as the register screen does it (RegisterService.save: scope, locks,
 * the upsert per person, audit, partner links and, at a volunteering session, the Time Credits issued in the same
 * transaction), against the best raw SQL for the same marks (one multi-row upsert and the session's saved time).
 * Every run saves a fresh session, so that every run does the first save's work, not a no-change re-save.
 */
@Component
class RegisterBenchmarks implements BenchmarkCase {

    private static final Duration TARGET = Duration.ofMillis(300);
    private static final int PEOPLE = 50;
    /** Enough fresh sessions for the warm-up and measured runs of both the app and the raw SQL. */
    private static final int SESSIONS = 2 * 80;

    private final ActivityService activities;
    private final StrategyService strategy;
    private final RegisterService registers;

    RegisterBenchmarks(ActivityService activities, StrategyService strategy, RegisterService registers) {
        this.activities = activities;
        this.strategy = strategy;
        this.registers = registers;
    }

    @Override
    public String name() {
        return "activities";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<BenchmarkQuestion> prepare(BenchmarkContext context) {
        var jdbc = context.jdbc();
        Long org = jdbc.sql("select min(id) from organisation where active").query(Long.class).single();
        long live = context.liveResidents();
        List<Long> people = jdbc.sql("select id from resident where merged_into_id is null and anonymised_at is null"
                        + " order by id limit ? offset ?").params(PEOPLE, Math.max(0, live / 3)).query(Long.class).list();
        if (org == null || people.size() < PEOPLE) {
            throw new IllegalStateException("Register benchmark needs a generated data set");
        }
        return List.of(question(jdbc, "Save a register of 50 (community group)", org, people, false),
                question(jdbc, "Save a register of 50 (volunteering: credits issued)", org, people, true));
    }

    private BenchmarkQuestion question(JdbcClient jdbc, String label, long org, List<Long> people, boolean volunteering) {
        var app = sessions(org, volunteering);
        var sql = sessions(org, volunteering);
        return new BenchmarkQuestion(label, TARGET, true,
                i -> registers.save(app.get(i % app.size()), marks(people, i)),
                i -> saveBySql(jdbc, sql.get(i % sql.size()), marks(people, i)));
    }

    /** A weekly activity with as many sessions as the runs need, scheduled through the app. */
    private List<Long> sessions(long org, boolean volunteering) {
        long programme = idOf(StrategyKind.PROGRAMME, volunteering ? "Time Credits" : "Community Builders");
        long type = idOf(StrategyKind.TYPE, volunteering ? "Volunteering" : "Community Builders group");
        String tag = Long.toString(System.nanoTime(), 36);
        long activity = activities.save(new ActivityForm(null, 0, "Benchmark register " + tag, programme, type, org,
                "Benchmark hall", null, Set.of(TargetGroup.EVERYONE), null, volunteering, false, null));
        var first = LocalDate.now().minusWeeks(SESSIONS / 2 + 1);
        return activities.schedule(activity, new Recurrence(Frequency.WEEKLY, first, first.plusWeeks(SESSIONS / 2 - 1),
                LocalTime.of(10, 0), 120, Set.of()));
    }

    private long idOf(StrategyKind kind, String name) {
        return strategy.list(kind, true).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** Most present, one in ten late, one in twenty absent, varying from run to run. */
    private static List<RegisterMark> marks(List<Long> people, int run) {
        var marks = new ArrayList<RegisterMark>(people.size());
        for (int p = 0; p < people.size(); p++) {
            int x = (p * 7 + run * 13) % 20;
            marks.add(RegisterMark.of(people.get(p), x == 0 ? Mark.ABSENT : x < 3 ? Mark.LATE : Mark.PRESENT));
        }
        return marks;
    }

    private static long saveBySql(JdbcClient jdbc, long session, List<RegisterMark> marks) {
        var now = Timestamp.from(Instant.now());
        var params = new ArrayList<Object>();
        for (var m : marks) {
            Collections.addAll(params, session, m.residentId(), m.mark().name(), m.accompaniedById(), now, Benchmark.OFFICER);
        }
        int rows = jdbc.sql("insert into session_attendance (session_id, resident_id, status, accompanied_by_id, recorded_at,"
                        + " recorded_by) values " + String.join(", ", Collections.nCopies(marks.size(), "(?, ?, ?, ?, ?, ?)"))
                        + " on duplicate key update status = values(status), accompanied_by_id = values(accompanied_by_id),"
                        + " recorded_at = values(recorded_at), recorded_by = values(recorded_by)")
                .params(params).update();
        jdbc.sql("update activity_session set register_saved_at = ? where id = ?").params(now, session).update();
        return Math.min(rows, marks.size());
    }
}

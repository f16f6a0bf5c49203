package org.bridgework.families;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.FieldChange;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The whole-family assessment, reviews, the action plan and the outcomes at closure. Council staff only. */
@Service
public class CasePlanService {

    static final String ASSESSMENT = "ASSESSMENT";
    static final String REVIEW = "REVIEW";

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final FamilyCaseService cases;
    private final AuditService audit;
    private final Clock clock;

    CasePlanService(JdbcClient jdbc, CaseAccess access, FamilyCaseService cases, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /** The assessment: per need a narrative and a score from 1 to 10. */
    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional
    public void recordAssessment(long caseId, LocalDate on, List<NeedScore> scores) {
        requireStatus(caseId, EnumSet.of(CaseStatus.ASSESSMENT, CaseStatus.ACTIVE), "An assessment is recorded while the case is in assessment or active.");
        saveScores(caseId, ASSESSMENT, on, scores);
    }

    /** A review: a fresh score per need, and when the next review is due. */
    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional
    public void recordReview(long caseId, LocalDate on, List<NeedScore> scores, LocalDate nextReview) {
        requireStatus(caseId, EnumSet.of(CaseStatus.ACTIVE, CaseStatus.REVIEW), "A review is recorded while the case is active or in review.");
        if (nextReview != null && on != null && !nextReview.isAfter(on)) {
            throw InvalidInputException.of("nextReviewDate", "The next review must be after this one.");
        }
        saveScores(caseId, REVIEW, on, scores);
        jdbc.sql("update family_case set next_review_date = ?, updated_at = ? where id = ?")
                .params(nextReview, clock.instant(), caseId).update();
    }

    private void saveScores(long caseId, String occasion, LocalDate on, List<NeedScore> scores) {
        var errors = new InvalidInputException.Collector()
                .check(on != null, "date", "Enter the date.")
                .check(on == null || !on.isAfter(cases.today()), "date", "The date cannot be in the future.")
                .check(scores != null && !scores.isEmpty(), "scores", "Score at least one need.");
        if (scores != null) {
            for (var s : scores) {
                errors.check(s.score() >= 1 && s.score() <= 10, "score-" + s.needId(), "Scores run from 1 to 10.");
                errors.check(s.narrative() == null || s.narrative().length() <= 10_000, "narrative-" + s.needId(),
                        "Keep the narrative under 10,000 characters.");
            }
        }
        errors.throwIfAny();
        var now = clock.instant();
        for (var s : scores) {
            jdbc.sql("""
                            insert into family_score (case_id, need_id, occasion, scored_on, score, narrative, recorded_by, recorded_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(caseId, s.needId(), occasion, on, s.score(), FamilyCaseService.blankToNull(s.narrative()),
                            access.user().getUsername(), now)
                    .update();
        }
        audit.recordChange("FAMILY_CASE", caseId, null, occasion.toLowerCase() + " scores recorded for " + scores.size() + " needs");
    }

    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional(readOnly = true)
    public List<ScoreRecord> scores(long caseId) {
        access.requireVisible(caseId);
        return jdbc.sql("""
                        select s.need_id, n.label, s.occasion, s.scored_on, s.score, s.narrative from family_score s
                        join family_need n on n.id = s.need_id where s.case_id = ? order by s.scored_on, s.id""")
                .param(caseId)
                .query((rs, n) -> new ScoreRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getString(6)))
                .list();
    }

    /** Per need, the latest score minus the first; the family average is the mean over the needs scored. */
    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional(readOnly = true)
    public DistanceTravelled distanceTravelled(long caseId) {
        return distance(scores(caseId));
    }

    static DistanceTravelled distance(List<ScoreRecord> inOrder) {
        Map<Long, ScoreRecord> first = new LinkedHashMap<>();
        Map<Long, ScoreRecord> latest = new LinkedHashMap<>();
        for (var s : inOrder) {
            first.putIfAbsent(s.needId(), s);
            latest.put(s.needId(), s);
        }
        var rows = new ArrayList<DistanceTravelled.Row>();
        first.forEach((needId, f) -> {
            var l = latest.get(needId);
            rows.add(new DistanceTravelled.Row(needId, f.needLabel(), f.score(), l.score(), l.score() - f.score()));
        });
        Double average = rows.isEmpty() ? null : rows.stream().mapToInt(DistanceTravelled.Row::distance).average().orElse(0);
        return new DistanceTravelled(rows, average);
    }

    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional(readOnly = true)
    public List<Goal> goals(long caseId) {
        access.requireVisible(caseId);
        return jdbc.sql("""
                        select id, version, case_id, need_id, description, owner, due_date, status from family_goal
                        where case_id = ? order by due_date, id""")
                .param(caseId)
                .query((rs, n) -> new Goal(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, Long.class),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), GoalStatus.valueOf(rs.getString(8))))
                .list();
    }

    /** Adds a goal ({@code id} null) or updates one, refusing to overwrite someone else's newer change. */
    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional
    public Goal saveGoal(Goal g) {
        access.requireVisible(g.caseId());
        new InvalidInputException.Collector()
                .check(g.description() != null && !g.description().isBlank(), "description", "Describe the goal.")
                .check(g.description() == null || g.description().length() <= 1000, "description", "Keep the goal under 1,000 characters.")
                .check(g.owner() != null && !g.owner().isBlank(), "owner", "Say who owns the goal (a family member or worker).")
                .check(g.dueDate() != null, "dueDate", "Enter when the goal is due.")
                .check(g.status() != null, "status", "Choose the goal's status.")
                .throwIfAny();
        var now = clock.instant();
        if (g.id() == null) {
            jdbc.sql("""
                            insert into family_goal (case_id, need_id, description, owner, due_date, status, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(g.caseId(), g.needId(), g.description().trim(), g.owner().trim(), g.dueDate(), g.status().name(), now)
                    .update();
            long id = jdbc.sql("select last_insert_id()").query(Long.class).single();
            audit.recordCreate("FAMILY_GOAL", id, null, "goal on case " + g.caseId());
            return new Goal(id, 0, g.caseId(), g.needId(), g.description().trim(), g.owner().trim(), g.dueDate(), g.status());
        }
        int updated = jdbc.sql("""
                        update family_goal set need_id = ?, description = ?, owner = ?, due_date = ?, status = ?,
                            version = version + 1, updated_at = ? where id = ? and case_id = ? and version = ?""")
                .params(g.needId(), g.description().trim(), g.owner().trim(), g.dueDate(), g.status().name(), now,
                        g.id(), g.caseId(), g.version())
                .update();
        if (updated == 0) {
            var theirs = goals(g.caseId()).stream().filter(x -> x.id().equals(g.id())).findFirst();
            throw new ConcurrentEditException("This goal", theirs.map(t -> FieldChange.between(fields(g), fields(t))).orElse(List.of()));
        }
        audit.recordChange("FAMILY_GOAL", g.id(), null, "goal now " + g.status().label().toLowerCase());
        return new Goal(g.id(), g.version() + 1, g.caseId(), g.needId(), g.description().trim(), g.owner().trim(), g.dueDate(), g.status());
    }

    private static Map<String, Object> fields(Goal g) {
        var m = new LinkedHashMap<String, Object>();
        m.put("Goal", g.description());
        m.put("Owner", g.owner());
        m.put("Due", g.dueDate());
        m.put("Status", g.status() == null ? null : g.status().label());
        return m;
    }

    /** At closure: whether each need's outcome was achieved. Recording again replaces the earlier answer. */
    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional
    public void recordOutcomes(long caseId, Map<Long, NeedOutcome> outcomes) {
        requireStatus(caseId, EnumSet.of(CaseStatus.REVIEW, CaseStatus.CLOSED), "Outcomes are recorded when the case is in review or closed.");
        if (outcomes == null || outcomes.isEmpty()) {
            throw InvalidInputException.of("outcomes", "Give an outcome for at least one need.");
        }
        var now = clock.instant();
        outcomes.forEach((needId, outcome) -> jdbc.sql("""
                        insert into family_outcome (case_id, need_id, outcome, recorded_at) values (?, ?, ?, ?)
                        on duplicate key update outcome = values(outcome), recorded_at = values(recorded_at)""")
                .params(caseId, needId, outcome.name(), now).update());
        audit.recordChange("FAMILY_CASE", caseId, null, "outcomes recorded for " + outcomes.size() + " needs");
    }

    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional(readOnly = true)
    public Map<Long, NeedOutcome> outcomes(long caseId) {
        access.requireVisible(caseId);
        var map = new LinkedHashMap<Long, NeedOutcome>();
        jdbc.sql("select need_id, outcome from family_outcome where case_id = ? order by need_id").param(caseId)
                .query(rs -> {
                    map.put(rs.getLong(1), NeedOutcome.valueOf(rs.getString(2)));
                });
        return map;
    }

    private void requireStatus(long caseId, EnumSet<CaseStatus> allowed, String message) {
        access.requireVisible(caseId);
        if (!allowed.contains(cases.status(caseId))) {
            throw InvalidInputException.of("status", message);
        }
    }
}

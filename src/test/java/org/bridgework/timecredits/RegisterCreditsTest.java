package org.bridgework.timecredits;

import org.bridgework.IntegrationTest;
import org.bridgework.activities.ActivityService;
import org.bridgework.activities.Mark;
import org.bridgework.activities.RegisterMark;
import org.bridgework.activities.RegisterService;
import org.bridgework.activities.StrategyService;
import org.bridgework.activities.TestActivities;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole volunteering register issues through one batch: the same credits, audit and exactly-once rule as one by one. */
class RegisterCreditsTest extends IntegrationTest {

    @Autowired ActivityService activities;
    @Autowired StrategyService strategy;
    @Autowired RegisterService registers;
    @Autowired ResidentCreditsService residentCredits;
    @Autowired PolicyService policies;
    @Autowired JdbcClient jdbc;

    @Test
    void aRegisterOfFiftyIssuesFiftyCreditsOnceAndAuditsEachPersonChanged() {
        fixtures.signInAs(Role.OFFICER);
        long org = fixtures.organisation("Fifty club").id();
        long session = TestActivities.session(activities, TestActivities.activity(activities, strategy, org, null, true),
                LocalDate.now().minusDays(1));
        var people = IntStream.range(0, 50).mapToObj(i -> fixtures.resident("Vol" + i, "Fifty").id()).toList();
        var marks = people.stream().map(id -> RegisterMark.of(id, id % 7 == 0 ? Mark.LATE : Mark.PRESENT)).toList();

        assertThat(registers.save(session, marks)).isEqualTo(50);

        assertThat(count("select count(*) from tc_transaction where tx_type = 'ISSUE' and idempotency_key like ?", keys(session)))
                .isEqualTo(50);
        assertThat(count("select count(*) from tc_entry e join tc_transaction t on t.id = e.transaction_id"
                + " where t.idempotency_key like ?", keys(session))).isEqualTo(100);
        assertThat(count("select count(*) from tc_hours where source_key like ? and status = 'APPROVED' and credits_issued = 1"
                + " and transaction_id is not null", keys(session))).isEqualTo(50);
        assertThat(people).allSatisfy(id -> assertThat(residentCredits.balance(id)).isEqualTo(1));
        assertThat(auditCount("ATTENDANCE", session)).isEqualTo(50);
        assertThat(count("select count(distinct resident_id) from audit_entry where subject_type = 'ATTENDANCE' and subject_id = ?",
                session)).isEqualTo(50);
        assertThat(auditOfCredits(people)).isEqualTo(100);

        assertThat(registers.save(session, marks)).as("re-saving changes nothing").isZero();
        assertThat(count("select count(*) from tc_transaction where idempotency_key like ?", keys(session))).isEqualTo(50);
        assertThat(count("select count(*) from tc_hours where source_key like ?", keys(session))).isEqualTo(50);
        assertThat(auditCount("ATTENDANCE", session)).isEqualTo(50);
        assertThat(auditOfCredits(people)).isEqualTo(100);

        // marked absent, then present again: each change audited, the credits issued once stand
        var corrected = new ArrayList<>(marks);
        for (int i = 0; i < 5; i++) {
            corrected.set(i, RegisterMark.of(people.get(i), Mark.ABSENT));
        }
        assertThat(registers.save(session, corrected)).isEqualTo(5);
        assertThat(registers.save(session, marks)).isEqualTo(5);
        assertThat(auditCount("ATTENDANCE", session)).isEqualTo(60);
        assertThat(count("select count(*) from tc_transaction where idempotency_key like ?", keys(session))).isEqualTo(50);
        assertThat(people).allSatisfy(id -> assertThat(residentCredits.balance(id)).isEqualTo(1));
    }

    @Test
    void aRegisterBeyondThePartnersBudgetIssuesUpToItAndLeavesTheRestForApproval() {
        fixtures.signInAs(Role.ADMIN);
        long org = fixtures.organisation("Budget club").id();
        policies.setBudget(org, 3);
        fixtures.signInAs(Role.OFFICER);
        long activity = TestActivities.activity(activities, strategy, org, null, true);
        long first = TestActivities.session(activities, activity, LocalDate.now().minusDays(2));
        long second = TestActivities.session(activities, activity, LocalDate.now().minusDays(1));
        var people = IntStream.range(0, 5).mapToObj(i -> fixtures.resident("Vol" + i, "Budget").id()).toList();
        var marks = people.stream().map(id -> RegisterMark.of(id, Mark.PRESENT)).toList();

        registers.save(first, marks);

        assertThat(people.subList(0, 3)).allSatisfy(id -> assertThat(residentCredits.balance(id)).isEqualTo(1));
        assertThat(people.subList(3, 5)).allSatisfy(id -> assertThat(residentCredits.balance(id)).isZero());
        assertThat(jdbc.sql("select note from tc_hours where source_key like ? and status = 'PENDING' order by id")
                .param(keys(first)).query(String.class).list())
                .containsExactly("Over the partner's issuing budget for the month (3 issued); waiting for approval.",
                        "Over the partner's issuing budget for the month (3 issued); waiting for approval.");

        // the waiting hours no longer count: a second session's 90 minutes come to one credit, not three, when due
        fixtures.signInAs(Role.ADMIN);
        policies.setBudget(org, null);
        fixtures.signInAs(Role.OFFICER);
        registers.save(second, marks);
        assertThat(people.subList(0, 3)).allSatisfy(id -> assertThat(residentCredits.balance(id)).isEqualTo(3));
        assertThat(people.subList(3, 5)).allSatisfy(id -> assertThat(residentCredits.balance(id)).isEqualTo(1));
    }

    private static String keys(long session) {
        return "attendance:session:" + session + ":resident:%";
    }

    private long auditCount(String subjectType, long subjectId) {
        return count("select count(*) from audit_entry where subject_type = ? and subject_id = ?", subjectType, subjectId);
    }

    private long auditOfCredits(List<Long> people) {
        return people.stream().mapToLong(id -> count("select count(*) from audit_entry where resident_id = ? and action = 'CREATE'"
                + " and subject_type in ('TIME_CREDITS_HOURS', 'TIME_CREDITS_TRANSACTION')", id)).sum();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}

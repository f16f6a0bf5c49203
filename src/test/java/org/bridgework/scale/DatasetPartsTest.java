package org.bridgework.scale;

import org.bridgework.IntegrationTest;
import org.bridgework.activities.RegisterService;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.bridgework.timecredits.LedgerIntegrityService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activities, Time Credits and families parts on the ci preset: counts in the expected proportions, the same
 * seed giving the same rows, the generated ledger sound by the app's own integrity check, and the app's
 * services reading the generated rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatasetPartsTest extends IntegrationTest {

    private static final Preset CI = Preset.CI;

    @Autowired
    DatasetGenerator generator;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LedgerIntegrityService integrity;
    @Autowired
    RegisterService registers;

    GenerationContext first;
    GenerationContext second;

    @BeforeAll
    void generateTwiceWithOneSeed() {
        first = generator.generate(CI, 77);
        second = generator.generate(CI, 77);
    }

    @Test
    void activitiesSessionsAndRegistersComeInTheirProportions() {
        var activities = first.range(ActivitiesPart.ACTIVITIES);
        var sessions = first.range(ActivitiesPart.SESSIONS);
        var marks = first.range(ActivitiesPart.ATTENDANCES);
        assertThat(activities.size()).isEqualTo(CI.count(ActivitiesPart.LONDON_ACTIVITIES)).isEqualTo(400);
        assertThat(count("select count(*) from activity_session where id between ? and ?", sessions))
                .isEqualTo(sessions.size()).isBetween(8_500L, 11_500L);
        assertThat(count("select count(*) from session_attendance where id between ? and ?", marks))
                .isEqualTo(marks.size()).isBetween(85_000L, 115_000L);
        assertThat(count("""
                select count(*) from session_attendance m join activity_session s on s.id = m.session_id
                join activity a on a.id = s.activity_id where m.id between ? and ? and a.counts_as_volunteering""", marks) * 100
                / marks.size()).as("percent of marks at volunteering sessions").isBetween(9L, 18L);
        assertThat(count("select count(*) from activity_session where id between ? and ? and session_date > '2026-12-01'", sessions))
                .as("sessions still to come").isPositive();
        assertThat(count("""
                select count(*) from session_attendance m join activity_session s on s.id = m.session_id
                where m.id between ? and ? and s.session_date >= '2026-12-01'""", marks)).as("no register for the future").isZero();
        long bookings = first.range(ActivitiesPart.BOOKINGS).size();
        assertThat(bookings).isPositive();
        double visitsPerPerson = jdbc.sql("""
                        select count(*) / count(distinct s.activity_id, m.resident_id) from session_attendance m
                        join activity_session s on s.id = m.session_id join activity a on a.id = s.activity_id
                        where m.id between ? and ? and a.type_id in (select id from activity_type where name = 'Community Builders group')""")
                .params(marks.first(), marks.last()).query(Double.class).single();
        assertThat(visitsPerPerson).as("regulars come back week after week").isGreaterThan(3.0);
        double local = jdbc.sql("""
                        select avg(r.ward_code = a.ward_code) from session_attendance m join activity_session s on s.id = m.session_id
                        join activity a on a.id = s.activity_id join resident r on r.id = m.resident_id
                        where m.id between ? and ? and a.ward_code is not null""")
                .params(marks.first(), marks.last()).query(Double.class).single();
        assertThat(local).as("people at a City ward's activity mostly live in that ward").isGreaterThan(0.5);
        assertThat(count("select count(*) from session_attendance where id between ? and ? and status = 'ABSENT'", marks))
                .as("booked no-shows").isPositive();
    }

    @Test
    void theGeneratedLedgerIsSoundAndItsTransactionsComeToThePreset() {
        var tx = first.range(TimeCreditsPart.TRANSACTIONS);
        assertThat(tx.size()).isBetween(CI.count(TimeCreditsPart.LONDON_TRANSACTIONS) * 95 / 100,
                CI.count(TimeCreditsPart.LONDON_TRANSACTIONS));
        var report = SystemUser.call(integrity::check);
        assertThat(report.unbalanced()).isEmpty();
        assertThat(report.differences()).isEmpty();
        assertThat(report.negativeVolunteerAccounts()).isEmpty();
        assertThat(report.sound()).isTrue();
        for (var type : List.of("ISSUE", "REDEEM", "EXPIRE")) {
            assertThat(count("select count(*) from tc_transaction where id between ? and ? and tx_type = '" + type + "'", tx))
                    .as(type).isPositive();
        }
        assertThat(count("select count(*) from tc_entry where transaction_id between ? and ?", tx)).isEqualTo(2 * tx.size());
        assertThat(count("""
                select count(*) from tc_transaction t where t.id between ? and ? and t.tx_type = 'ISSUE'
                and not exists (select 1 from tc_hours h where h.transaction_id = t.id and h.credits_issued = t.credits)""", tx))
                .as("every issue has the hours it was issued for").isZero();
        assertThat(count("""
                select count(*) from tc_hours h join tc_transaction t on t.id = h.transaction_id
                where t.id between ? and ? and h.source = 'ATTENDANCE' and h.source_key <> t.idempotency_key""", tx))
                .as("attendance credits keyed as the app keys them, so a re-saved register never issues twice").isZero();
    }

    @Test
    void familyCasesCoverTheWorkflowWithNotesScoresAndOutcomes() {
        var cases = first.range(FamiliesPart.CASES);
        assertThat(cases.size()).isEqualTo(CI.count(FamiliesPart.LONDON_CASES)).isEqualTo(1_000);
        var statuses = Set.copyOf(jdbc.sql("select distinct status from family_case where id between ? and ?")
                .params(cases.first(), cases.last()).query(String.class).list());
        assertThat(statuses).containsExactlyInAnyOrder("REFERRED", "TRIAGE", "ASSESSMENT", "ACTIVE", "REVIEW", "CLOSED");
        long notes = count("select count(*) from family_note where case_id between ? and ?", cases);
        long restricted = count("select count(*) from family_note where case_id between ? and ? and restricted", cases);
        assertThat(restricted * 100 / notes).as("percent of notes restricted").isBetween(5L, 15L);
        assertThat(count("select count(*) from family_score where case_id between ? and ? and occasion = 'REVIEW'", cases)).isPositive();
        assertThat(count("select count(*) from family_outcome where case_id between ? and ?", cases)).isPositive();
        assertThat(count("""
                select count(*) from family_case c where c.id between ? and ? and c.status <> (select t.to_status
                from family_case_transition t where t.case_id = c.id order by t.occurred_at desc, t.id desc limit 1)""", cases))
                .as("each case's status is where its last recorded move took it").isZero();
        assertThat(count("""
                select count(*) from family_case c where c.id between ? and ? and not exists
                (select 1 from family_case_member m where m.case_id = c.id)""", cases)).isZero();
    }

    @Test
    void theSameSeedGivesTheSameRows() {
        for (var table : List.of("activity", "activity_session", "session_attendance", "session_booking", "tc_transaction",
                "family_case")) {
            assertThat(fingerprint(table, second)).as(table).isEqualTo(fingerprint(table, first));
        }
    }

    @Test
    void theRegisterServiceReadsAGeneratedRegister() {
        var sessions = first.range(ActivitiesPart.SESSIONS);
        long session = jdbc.sql("""
                        select s.id from activity_session s join session_attendance m on m.session_id = s.id
                        where s.id between ? and ? group by s.id order by count(*) desc, s.id limit 1""")
                .params(sessions.first(), sessions.last()).query(Long.class).single();
        long marked = jdbc.sql("select count(*) from session_attendance where session_id = ?").param(session).query(Long.class).single();
        fixtures.signInAs(Role.OFFICER);
        var register = registers.register(session);
        assertThat(register.lines().stream().filter(l -> l.mark() != null).count()).isEqualTo(marked);
    }

    /** The rows' contents with every id made relative to the run's own first ids, so two runs can be compared. */
    private String fingerprint(String table, GenerationContext run) {
        long org = run.range(OrganisationsPart.TABLE).first();
        long resident = run.range(ResidentsPart.RESIDENTS).first();
        long activity = run.range(ActivitiesPart.ACTIVITIES).first();
        long session = run.range(ActivitiesPart.SESSIONS).first();
        long household = run.range(ResidentsPart.HOUSEHOLDS).first();
        var range = run.range(switch (table) {
            case "activity" -> ActivitiesPart.ACTIVITIES;
            case "activity_session" -> ActivitiesPart.SESSIONS;
            case "session_attendance" -> ActivitiesPart.ATTENDANCES;
            case "session_booking" -> ActivitiesPart.BOOKINGS;
            case "tc_transaction" -> TimeCreditsPart.TRANSACTIONS;
            default -> FamiliesPart.CASES;
        });
        String row = switch (table) {
            case "activity" -> "concat_ws('|', title, programme_id, type_id, delivering_org_id - " + org + ", ward_code, capacity, counts_as_volunteering)";
            case "activity_session" -> "concat_ws('|', activity_id - " + activity + ", session_date, start_time, duration_minutes, cancelled)";
            case "session_attendance" -> "concat_ws('|', session_id - " + session + ", resident_id - " + resident + ", status, recorded_at)";
            case "session_booking" -> "concat_ws('|', session_id - " + session + ", resident_id - " + resident + ", status, requested_at)";
            case "tc_transaction" -> "concat_ws('|', tx_type, credits, occurred_at, partner_org_id - " + org + ", ward_code, reason)";
            default -> "concat_ws('|', household_id - " + household + ", status, received_at, urgency_code, family_name)";
        };
        return jdbc.sql("select concat(count(*), ':', sum(crc32(" + row + "))) from " + table + " where id between ? and ?")
                .params(range.first(), range.last()).query(String.class).single();
    }

    private long count(String sql, GenerationContext.IdRange range) {
        return jdbc.sql(sql).params(range.first(), range.last()).query(Long.class).single();
    }
}

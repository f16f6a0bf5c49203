package org.bridgework.activities;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RecurrenceTest {

    private static final LocalTime TEN = LocalTime.of(10, 0);

    @Test
    void weeklyTermLeavesOutTheCancelledDate() {
        var half_term = LocalDate.of(2026, 10, 27);
        var rule = new Recurrence(Frequency.WEEKLY, LocalDate.of(2026, 10, 6), LocalDate.of(2026, 11, 10), TEN, 60, Set.of(half_term));
        assertThat(rule.dates()).containsExactly(LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 13),
                LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 10));
    }

    @Test
    void fortnightlySkipsAlternateWeeks() {
        var rule = new Recurrence(Frequency.FORTNIGHTLY, LocalDate.of(2026, 9, 2), LocalDate.of(2026, 10, 1), TEN, 60, Set.of());
        assertThat(rule.dates()).containsExactly(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 16), LocalDate.of(2026, 9, 30));
    }

    @Test
    void monthlyByWeekdayKeepsTheNthWeekday() {
        // 8 September 2026 is the 2nd Tuesday
        var rule = new Recurrence(Frequency.MONTHLY_BY_WEEKDAY, LocalDate.of(2026, 9, 8), LocalDate.of(2026, 12, 31), TEN, 60, Set.of());
        assertThat(rule.dates()).containsExactly(LocalDate.of(2026, 9, 8), LocalDate.of(2026, 10, 13),
                LocalDate.of(2026, 11, 10), LocalDate.of(2026, 12, 8));
    }

    @Test
    void monthlyByWeekdayInTheLastWeekMeansTheLastOne() {
        // 29 September 2026 is the last (5th) Tuesday; October's last Tuesday is the 27th
        var rule = new Recurrence(Frequency.MONTHLY_BY_WEEKDAY, LocalDate.of(2026, 9, 29), LocalDate.of(2026, 11, 30), TEN, 60, Set.of());
        assertThat(rule.dates()).containsExactly(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 27), LocalDate.of(2026, 11, 24));
    }

    @Test
    void monthlyByDateFallsBackToTheMonthsLastDay() {
        var rule = new Recurrence(Frequency.MONTHLY_BY_DATE, LocalDate.of(2026, 10, 31), LocalDate.of(2027, 1, 31), TEN, 60,
                Set.of(LocalDate.of(2026, 12, 31)));
        assertThat(rule.dates()).containsExactly(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 30), LocalDate.of(2027, 1, 31));
    }

    @Test
    void oneOffIsOneDate() {
        assertThat(Recurrence.once(LocalDate.of(2026, 9, 12), TEN, 240).dates()).containsExactly(LocalDate.of(2026, 9, 12));
    }
}

package org.bridgework.activities;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How a term of sessions repeats. Monthly-by-weekday takes the first date's place in its month
 * (2nd Tuesday, or "last" when it falls in the month's final seven days, so the 5th never goes missing).
 */
public record Recurrence(Frequency frequency, LocalDate firstDate, LocalDate lastDate, LocalTime startTime,
                         int durationMinutes, Set<LocalDate> cancelledDates) {

    public Recurrence {
        cancelledDates = cancelledDates == null ? Set.of() : Set.copyOf(cancelledDates);
        if (frequency == Frequency.ONCE && firstDate != null) {
            lastDate = firstDate;
        }
    }

    public static Recurrence once(LocalDate date, LocalTime start, int minutes) {
        return new Recurrence(Frequency.ONCE, date, date, start, minutes, Set.of());
    }

    /** The dates sessions fall on, cancelled dates left out, never more than two years' worth. */
    public List<LocalDate> dates() {
        var dates = new ArrayList<LocalDate>();
        LocalDate limit = lastDate.isAfter(firstDate.plusYears(2)) ? firstDate.plusYears(2) : lastDate;
        for (int i = 0; ; i++) {
            LocalDate d = nth(i);
            if (d == null || d.isAfter(limit)) {
                break;
            }
            if (!cancelledDates.contains(d)) {
                dates.add(d);
            }
            if (frequency == Frequency.ONCE) {
                break;
            }
        }
        return dates;
    }

    private LocalDate nth(int i) {
        return switch (frequency) {
            case ONCE -> i == 0 ? firstDate : null;
            case WEEKLY -> firstDate.plusWeeks(i);
            case FORTNIGHTLY -> firstDate.plusWeeks(2L * i);
            case MONTHLY_BY_DATE -> {
                LocalDate month = firstDate.withDayOfMonth(1).plusMonths(i);
                yield firstDate.getDayOfMonth() > month.lengthOfMonth() ? month.withDayOfMonth(month.lengthOfMonth())
                        : month.withDayOfMonth(firstDate.getDayOfMonth());
            }
            case MONTHLY_BY_WEEKDAY -> {
                LocalDate month = firstDate.withDayOfMonth(1).plusMonths(i);
                boolean last = firstDate.getDayOfMonth() + 7 > firstDate.lengthOfMonth();
                int ordinal = (firstDate.getDayOfMonth() - 1) / 7 + 1;
                yield last ? month.with(TemporalAdjusters.lastInMonth(firstDate.getDayOfWeek()))
                        : month.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, firstDate.getDayOfWeek()));
            }
        };
    }
}

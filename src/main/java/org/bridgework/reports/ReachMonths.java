package org.bridgework.reports;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The month arithmetic of the reach summary. Months are counted from April 2000 and grouped into eras of 60, so a
 * financial year never straddles two eras and one era's months fit in one 64-bit integer, one bit each.
 */
final class ReachMonths {

    static final int ERA_MONTHS = 60;
    /** Eras the summary can hold: April 2000 to March 2100. */
    static final int ERAS = 20;

    private ReachMonths() {
    }

    static int index(LocalDate date) {
        return (date.getYear() - 2000) * 12 + date.getMonthValue() - 4;
    }

    static int era(int monthIndex) {
        return Math.floorDiv(monthIndex, ERA_MONTHS);
    }

    /** The SQL for {@link #index} of a date or timestamp column. */
    static String indexSql(String column) {
        return "((year(" + column + ") - 2000) * 12 + month(" + column + ") - 4)";
    }

    /** Whether the summary can answer for the period: whole months, all in one era it holds, none after this era. */
    static boolean answers(ReportPeriod period, LocalDate today) {
        boolean wholeMonths = period.from().getDayOfMonth() == 1
                && period.to().equals(YearMonth.from(period.to()).atEndOfMonth());
        int first = index(period.from());
        int last = index(period.to());
        return wholeMonths && first >= 0 && era(first) == era(last) && era(last) <= era(index(today)) && era(last) < ERAS;
    }

    /** The bits of the period's months within its era. */
    static long mask(ReportPeriod period) {
        int era = era(index(period.from()));
        int low = index(period.from()) - era * ERA_MONTHS;
        int high = index(period.to()) - era * ERA_MONTHS;
        return ((1L << (high + 1)) - 1) & ~((1L << low) - 1);
    }
}

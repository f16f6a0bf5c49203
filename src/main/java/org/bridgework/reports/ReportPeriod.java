package org.bridgework.reports;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A reporting period, both ends included. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A report period needs a start on or before its end");
        }
    }

    /** The period of the same length that ends the day before this one starts, for comparisons. */
    public ReportPeriod previous() {
        long days = ChronoUnit.DAYS.between(from, to);
        LocalDate previousTo = from.minusDays(1);
        return new ReportPeriod(previousTo.minusDays(days), previousTo);
    }
}

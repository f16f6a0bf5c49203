package org.bridgework.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure the outcome report gives for each heading. {@code distinct} figures count people or cases once however
 * often they appear, so their totals are counted again in SQL rather than added up. Hours are held in minutes and
 * the average distance in hundredths of a score point, so that every figure is a whole number until it is shown.
 */
public enum Measure {
    RESIDENTS_REACHED("residents", true),
    ATTENDANCES("attendances", false),
    SESSIONS_DELIVERED("sessions", false),
    VOLUNTEERING_HOURS("hours", false),
    CREDITS_ISSUED("creditsIssued", false),
    CREDITS_REDEEMED("creditsRedeemed", false),
    CASES_OPENED("casesOpened", true),
    CASES_CLOSED("casesClosed", true),
    OUTCOMES_ACHIEVED("outcomesAchieved", false),
    AVERAGE_DISTANCE_TRAVELLED("distance", false),
    CONNECTIONS_MADE("connections", false);

    private final String key;
    private final boolean distinct;

    Measure(String key, boolean distinct) {
        this.key = key;
        this.distinct = distinct;
    }

    /** The message key under {@code reports.measure.} and the column name in the data tracking set. */
    public String key() {
        return key;
    }

    public boolean distinct() {
        return distinct;
    }

    /** An average is suppressed by how many cases it is taken over, not by its own size. */
    public boolean average() {
        return this == AVERAGE_DISTANCE_TRAVELLED;
    }

    /** Sessions have no age or equality answers: split by those, they show only their total. */
    public boolean splitsBy(Breakdown breakdown) {
        return this != SESSIONS_DELIVERED || !(breakdown == Breakdown.AGE_BAND || breakdown.equality());
    }

    /** The figure as a person reads it: hours with one decimal place, the average with two. */
    public String format(long amount) {
        return switch (this) {
            case VOLUNTEERING_HOURS -> BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).toPlainString();
            case AVERAGE_DISTANCE_TRAVELLED -> BigDecimal.valueOf(amount, 2).toPlainString();
            default -> Long.toString(amount);
        };
    }
}

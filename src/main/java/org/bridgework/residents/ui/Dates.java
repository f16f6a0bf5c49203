package org.bridgework.residents.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people in the UK write them. */
final class Dates {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(LONDON);

    private Dates() {
    }

    static String shortDate(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    static int age(LocalDate dateOfBirth) {
        return Period.between(dateOfBirth, LocalDate.now(LONDON)).getYears();
    }
}

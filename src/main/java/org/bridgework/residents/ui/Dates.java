package org.bridgework.residents.ui;

import org.bridgework.platform.ui.LocalFormats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/** Dates in the reader's language, in London time. */
final class Dates {

    static final ZoneId LONDON = LocalFormats.LONDON;

    private Dates() {
    }

    static String shortDate(LocalDate date) {
        return LocalFormats.date(date);
    }

    static String when(Instant instant) {
        return LocalFormats.dateTime(instant);
    }

    static int age(LocalDate dateOfBirth) {
        return Period.between(dateOfBirth, LocalDate.now(LONDON)).getYears();
    }
}

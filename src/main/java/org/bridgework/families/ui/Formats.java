package org.bridgework.families.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times as the reader's locale writes them, on London time. */
final class Formats {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Formats() {
    }

    static String date(LocalDate d) {
        return Texts.date(d);
    }

    static String when(Instant i) {
        return i == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Texts.locale()).withZone(LONDON).format(i);
    }

    static LocalDate today() {
        return LocalDate.now(LONDON);
    }
}

package org.bridgework.families.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

final class Formats {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.of("Europe/London"));

    private Formats() {
    }

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    static String when(Instant i) {
        return i == null ? "" : WHEN.format(i);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}

package org.bridgework.opportunities.ui;

import org.bridgework.opportunities.Opportunity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Formats() {
    }

    static String date(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    static String pay(Opportunity o) {
        if (o.unpaid()) {
            return "Unpaid";
        }
        return String.format(Locale.UK, "£%.2f an hour%s", o.hourlyRatePence() / 100.0, o.paysLivingWage() ? " (London Living Wage)" : "");
    }
}

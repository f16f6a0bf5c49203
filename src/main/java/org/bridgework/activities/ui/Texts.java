package org.bridgework.activities.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import org.bridgework.platform.MessageBundles;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Enum names, dates and numbers in the reader's language and locale (the text itself lives in
 * i18n/activities.properties). Kept small and package-private so the lead can fold it into a shared helper later.
 */
final class Texts {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Texts() {
    }

    /** An enum constant's name as people read it: key {@code activities.enum.<Type>.<CONSTANT>}. */
    static String label(Enum<?> value) {
        return value == null ? "" : I18NProvider.translate(key(value));
    }

    static String key(Enum<?> value) {
        return "activities.enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? MessageBundles.ENGLISH : ui.getLocale();
    }

    static String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    static String dateTime(Instant when) {
        return when == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(LONDON).format(when);
    }

    static String number(long value) {
        return NumberFormat.getInstance(locale()).format(value);
    }

    static String money(long pence) {
        var format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(Currency.getInstance("GBP"));
        return format.format(pence / 100.0);
    }
}

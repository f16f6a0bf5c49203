package org.bridgework.platform.ui;

import com.vaadin.flow.component.UI;
import org.bridgework.platform.MessageBundles;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Dates, numbers and money as the reader's language writes them. Times are always London time and 24-hour,
 * as the council publishes them; digits follow the language (Bengali digits in Bengali), the same in dates as
 * in numbers. Empty values come out as empty text, so grids need no null checks.
 */
public final class LocalFormats {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Currency POUNDS = Currency.getInstance("GBP");

    private LocalFormats() {
    }

    /** The current UI's locale, or English outside a UI (start-up, jobs). */
    public static Locale current() {
        var ui = UI.getCurrent();
        return ui == null ? MessageBundles.ENGLISH : MessageBundles.provided(ui.getLocale());
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : dateFormat(locale).format(date);
    }

    public static String date(LocalDate date) {
        return date(date, current());
    }

    public static String date(Instant instant, Locale locale) {
        return instant == null ? "" : date(instant.atZone(LONDON).toLocalDate(), locale);
    }

    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        var time = DateTimeFormatter.ofPattern("HH:mm", locale).withDecimalStyle(DecimalStyle.of(locale));
        var at = instant.atZone(LONDON);
        return date(at.toLocalDate(), locale) + ", " + time.format(at);
    }

    public static String dateTime(Instant instant) {
        return dateTime(instant, current());
    }

    public static String number(Number value, Locale locale) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale).format(value);
    }

    public static String number(Number value) {
        return number(value, current());
    }

    /** An amount in pounds sterling, whatever the language: £1,234.50 or £ ১,২৩৪.৫০. */
    public static String pounds(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        var format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(POUNDS);
        return format.format(amount);
    }

    public static String pounds(BigDecimal amount) {
        return pounds(amount, current());
    }

    public static String wholePounds(long amount, Locale locale) {
        var format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(POUNDS);
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    public static String oneDecimal(double value, Locale locale) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private static DateTimeFormatter dateFormat(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .withDecimalStyle(DecimalStyle.of(locale));
    }
}

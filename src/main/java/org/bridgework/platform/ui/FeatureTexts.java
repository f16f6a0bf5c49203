package org.bridgework.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import org.bridgework.platform.MessageBundles;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * One feature's enum names, dates and numbers in the reader's language and locale. Enum names live in the
 * feature's bundle under {@code <feature>.enum.<Type>.<CONSTANT>}.
 */
public final class FeatureTexts {

    private static final Currency POUNDS = Currency.getInstance("GBP");

    private final String feature;

    public FeatureTexts(String feature) {
        this.feature = feature;
    }

    public String label(Enum<?> value) {
        return value == null ? "" : I18NProvider.translate(key(value));
    }

    public String key(Enum<?> value) {
        return feature + ".enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? MessageBundles.ENGLISH : ui.getLocale();
    }

    public static String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    public static String dateTime(Instant when) {
        return when == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(LocalFormats.LONDON).format(when);
    }

    public static String number(long value) {
        return NumberFormat.getInstance(locale()).format(value);
    }

    public static String money(long pence) {
        return pounds(2).format(pence / 100.0);
    }

    public static String wholePounds(long pounds) {
        return pounds(0).format(pounds);
    }

    public static String oneDecimal(double value) {
        var format = NumberFormat.getInstance(locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** With a plus for gains, as a change in score reads. */
    public static String signedOneDecimal(double value) {
        return (value >= 0 ? "+" : "") + oneDecimal(value);
    }

    private static NumberFormat pounds(int maxFractionDigits) {
        var format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(POUNDS);
        if (maxFractionDigits == 0) {
            format.setMaximumFractionDigits(0);
        }
        return format;
    }
}

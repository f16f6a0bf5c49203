package org.bridgework.platform.ui;

import com.vaadin.flow.i18n.I18NProvider;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One feature's enum names, dates and numbers in the reader's language and locale. Enum names live in the
 * feature's bundle under {@code <feature>.enum.<Type>.<CONSTANT>}; dates and numbers are {@link LocalFormats}'.
 */
public final class FeatureTexts {

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
        return LocalFormats.current();
    }

    public static String date(LocalDate day) {
        return LocalFormats.date(day);
    }

    public static String dateTime(Instant when) {
        return LocalFormats.dateTime(when);
    }

    public static String number(long value) {
        return LocalFormats.number(value);
    }

    public static String money(long pence) {
        return LocalFormats.pounds(BigDecimal.valueOf(pence, 2));
    }

    public static String wholePounds(long pounds) {
        return LocalFormats.wholePounds(pounds, locale());
    }

    public static String oneDecimal(double value) {
        return LocalFormats.oneDecimal(value, locale());
    }

    /** With a plus for gains, as a change in score reads. */
    public static String signedOneDecimal(double value) {
        return (value >= 0 ? "+" : "") + oneDecimal(value);
    }
}

package org.bridgework.activities.ui;

import org.bridgework.platform.ui.FeatureTexts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** This feature's enum names, dates and numbers, through the shared {@link FeatureTexts}. */
final class Texts {

    private static final FeatureTexts TEXTS = new FeatureTexts("activities");

    private Texts() {
    }

    static String label(Enum<?> value) {
        return TEXTS.label(value);
    }

    static String key(Enum<?> value) {
        return TEXTS.key(value);
    }

    static Locale locale() {
        return FeatureTexts.locale();
    }

    static String date(LocalDate day) {
        return FeatureTexts.date(day);
    }

    static String dateTime(Instant when) {
        return FeatureTexts.dateTime(when);
    }

    static String number(long value) {
        return FeatureTexts.number(value);
    }

    static String money(long pence) {
        return FeatureTexts.money(pence);
    }
}

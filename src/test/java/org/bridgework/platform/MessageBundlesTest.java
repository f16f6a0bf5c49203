package org.bridgework.platform;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundlesTest {

    private final MessageBundles bundles = new MessageBundles();

    @Test
    void bengaliTextIsReadAsUtf8AndEnglishIsTheFallback() {
        assertThat(bundles.getTranslation("common.save", MessageBundles.BENGALI)).isEqualTo("সংরক্ষণ করুন");
        assertThat(bundles.getTranslation("common.save", Locale.FRANCE)).isEqualTo("Save");
        assertThat(bundles.getTranslation("common.save", null)).isEqualTo("Save");
    }

    @Test
    void aMissingKeyIsVisibleRatherThanBlank() {
        assertThat(bundles.getTranslation("no.such.key", Locale.UK)).isEqualTo("!no.such.key!");
        assertThat(bundles.hasKey("no.such.key")).isFalse();
    }

    @Test
    void everyBengaliKeyStillExistsInEnglish() {
        assertThat(bundles.englishTexts().keySet())
                .containsAll(bundles.texts(MessageBundles.BENGALI).keySet());
    }
}

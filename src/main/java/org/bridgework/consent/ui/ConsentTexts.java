package org.bridgework.consent.ui;

import com.vaadin.flow.component.Component;
import org.bridgework.consent.ConsentPurpose;
import org.bridgework.consent.LawfulBasis;
import org.bridgework.consent.RecordedHow;

/** The consent choices in the reader's language; the enums keep their English labels for exports. */
final class ConsentTexts {

    private ConsentTexts() {
    }

    static String purpose(Component in, ConsentPurpose purpose) {
        return in.getTranslation("consent.purpose." + purpose.name());
    }

    static String lawfulBasis(Component in, LawfulBasis basis) {
        return in.getTranslation("consent.lawful-basis." + basis.name());
    }

    static String how(Component in, RecordedHow how) {
        return in.getTranslation("consent.recorded-how." + how.name());
    }
}

package org.bridgework.residents;

import java.text.Normalizer;
import java.util.Locale;

/** The searchable form of a name: lower case, accents and punctuation removed, so "O'Brien" and "obrien" match. */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").replaceAll("\\s+", " ").trim();
    }
}

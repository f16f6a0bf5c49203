package org.bridgework.residents;

import org.apache.commons.codec.language.DoubleMetaphone;

import java.text.Normalizer;
import java.util.Locale;

/** The searchable form of a name: lower case, accents and punctuation removed, so "O'Brien" and "obrien" match. */
public final class NameKey {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    static {
        METAPHONE.setMaxCodeLen(6);
    }

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").replaceAll("\\s+", " ").trim();
    }

    /** How a name sounds (Double Metaphone), so that "Smyth" finds "Smith" through an index. */
    public static String phonetic(String name) {
        String compact = of(name).replace(" ", "");
        if (compact.isEmpty()) {
            return "";
        }
        String code = METAPHONE.doubleMetaphone(compact);
        return code == null || code.isEmpty() ? compact.substring(0, Math.min(6, compact.length())).toUpperCase(Locale.ROOT) : code;
    }
}

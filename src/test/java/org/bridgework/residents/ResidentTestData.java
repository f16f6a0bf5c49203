package org.bridgework.residents;

import org.bridgework.TestFixtures;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Residents with names nobody else in the shared test database has, so lookups by name find only our own. */
final class ResidentTestData {

    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final String VOWELS = "aeiou";

    private ResidentTestData() {
    }

    /** A pronounceable made-up name, e.g. "Tovarimek": distinct in sound from every other test's names. */
    static String name() {
        var random = ThreadLocalRandom.current();
        var sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            sb.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length()))).append(VOWELS.charAt(random.nextInt(VOWELS.length())));
        }
        sb.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    static LocalDate dateOfBirth() {
        return LocalDate.of(1930, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));
    }

    static ResidentForm form(String given, String family, LocalDate dob, String postcode) {
        return new ResidentForm(null, 0, given, family, null, dob, null, null, "2 Test Street", null, "London",
                postcode, "E05009288", null, null, "English", false, null, null, null, null);
    }

    static String unique(String prefix) {
        return TestFixtures.unique(prefix);
    }
}

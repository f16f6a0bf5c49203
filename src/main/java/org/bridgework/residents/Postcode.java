package org.bridgework.residents;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** UK postcodes, normalised to upper case with one space before the inward code ("ec2v 7hh" becomes "EC2V 7HH"). */
public final class Postcode {

    private static final Pattern UK = Pattern.compile("^(GIR0AA|[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][ABD-HJLNP-UW-Z]{2})$");

    private Postcode() {
    }

    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String compact = input.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!UK.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3));
    }
}

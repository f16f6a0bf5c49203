package org.bridgework.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that a service refused, with a plain-English message per field, so that a form can show each
 * message beside its field. Nothing has been saved when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(String.join(" ", fieldErrors.values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** Collects messages and throws once, so a form learns of every problem at the same time. */
    public static final class Collector {
        private final Map<String, String> errors = new LinkedHashMap<>();

        public Collector check(boolean ok, String field, String message) {
            if (!ok) {
                errors.putIfAbsent(field, message);
            }
            return this;
        }

        public Collector add(String field, String message) {
            errors.putIfAbsent(field, message);
            return this;
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }
}

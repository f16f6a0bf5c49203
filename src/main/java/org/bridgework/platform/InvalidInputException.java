package org.bridgework.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Input that a service refused, with a message per field, so that a form can show each message beside its field.
 * Nothing has been saved when this is thrown. A message is either a bundle key with its values, which the form
 * shows in the reader's language, or (for staff-only checks not yet moved to the bundles) plain English text.
 * The English text is always there, for logs and for callers that do not translate.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, Message> messages;

    /** One field's message: {@code key} is null for text that exists only in English. */
    public record Message(String key, Object[] values, String english) {

        public static Message keyed(String key, Object... values) {
            return new Message(key, values, MessageBundles.shared().getTranslation(key, MessageBundles.ENGLISH, values));
        }

        public static Message english(String text) {
            return new Message(null, new Object[0], text);
        }

        /** The text in the reader's language, through the given lookup (Vaadin's {@code getTranslation}). */
        public String text(BiFunction<String, Object[], String> translate) {
            return key == null ? english : translate.apply(key, values);
        }

        public String text(Locale locale) {
            return text((k, v) -> MessageBundles.shared().getTranslation(k, locale, v));
        }
    }

    public InvalidInputException(Map<String, String> fieldErrors) {
        this(englishOnly(fieldErrors));
    }

    private InvalidInputException(LinkedHashMap<String, Message> messages) {
        super(String.join(" ", messages.values().stream().map(Message::english).toList()));
        this.messages = Collections.unmodifiableMap(new LinkedHashMap<>(messages));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    /** A refusal whose text comes from the bundles: {@code key} with MessageFormat values. */
    public static InvalidInputException keyed(String field, String key, Object... values) {
        var messages = new LinkedHashMap<String, Message>();
        messages.put(field, Message.keyed(key, values));
        return new InvalidInputException(messages);
    }

    /** Field to English text, as before keys existed: for logs, tests and staff-only forms. */
    public Map<String, String> fieldErrors() {
        Map<String, String> english = new LinkedHashMap<>();
        messages.forEach((field, message) -> english.put(field, message.english()));
        return english;
    }

    public Map<String, Message> messages() {
        return messages;
    }

    /** Every message joined, in the given language. */
    public String getMessage(Locale locale) {
        return String.join(" ", messages.values().stream().map(m -> m.text(locale)).toList());
    }

    private static LinkedHashMap<String, Message> englishOnly(Map<String, String> fieldErrors) {
        LinkedHashMap<String, Message> messages = new LinkedHashMap<>();
        fieldErrors.forEach((field, text) -> messages.put(field, Message.english(text)));
        return messages;
    }

    /** Collects messages and throws once, so a form learns of every problem at the same time. */
    public static final class Collector {
        private final LinkedHashMap<String, Message> errors = new LinkedHashMap<>();

        public Collector check(boolean ok, String field, String message) {
            if (!ok) {
                errors.putIfAbsent(field, Message.english(message));
            }
            return this;
        }

        /** As {@link #check} with a bundle key; the values are only formatted when the check fails. */
        public Collector checkKeyed(boolean ok, String field, String key, Object... values) {
            if (!ok) {
                errors.putIfAbsent(field, Message.keyed(key, values));
            }
            return this;
        }

        public Collector add(String field, String message) {
            errors.putIfAbsent(field, Message.english(message));
            return this;
        }

        public Collector addKeyed(String field, String key, Object... values) {
            errors.putIfAbsent(field, Message.keyed(key, values));
            return this;
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }
}

package org.bridgework.platform;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All user-facing text, from {@code i18n/<feature>.properties} (English) and {@code i18n/<feature>_<lang>.properties}.
 * One file per feature, so that features never edit each other's text; files are read as UTF-8. A key missing in
 * a language falls back to English, and a key missing everywhere shows as {@code !key!} and is logged, so a test
 * can catch it.
 */
@Component
public class MessageBundles implements I18NProvider {

    public static final Locale ENGLISH = Locale.UK;
    public static final Locale BENGALI = Locale.of("bn", "GB");
    private static final Logger log = LoggerFactory.getLogger(MessageBundles.class);
    private static final Pattern FILE_NAME = Pattern.compile("([a-z0-9-]+)(?:_([a-z]{2}))?\\.properties");

    private static volatile MessageBundles shared;

    private final Map<String, Properties> byLanguage = new HashMap<>();

    /**
     * The bundles for code that has no Spring or Vaadin at hand, such as an exception resolving its English text.
     * The files never change while the app runs, so one read serves everyone.
     */
    public static MessageBundles shared() {
        if (shared == null) {
            synchronized (MessageBundles.class) {
                if (shared == null) {
                    shared = new MessageBundles();
                }
            }
        }
        return shared;
    }

    public MessageBundles() {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                Matcher name = FILE_NAME.matcher(Objects.requireNonNull(resource.getFilename()));
                if (!name.matches()) {
                    continue;
                }
                String language = name.group(2) == null ? ENGLISH.getLanguage() : name.group(2);
                try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    byLanguage.computeIfAbsent(language, any -> new Properties()).load(reader);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The message bundles in i18n/ could not be read", e);
        }
    }

    /** The languages offered, English first as the default. */
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, BENGALI);

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    /** Whether the language is one Bridgework offers (the country part does not matter). */
    public static boolean isProvided(Locale locale) {
        return LANGUAGES.stream().anyMatch(p -> p.getLanguage().equals(locale.getLanguage()));
    }

    /** The offered locale for a language, so that bn and bn-IN both come out as bn-GB; English otherwise. */
    public static Locale provided(Locale locale) {
        return locale == null ? ENGLISH : LANGUAGES.stream().filter(p -> p.getLanguage().equals(locale.getLanguage()))
                .findFirst().orElse(ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = pattern(key, locale == null ? ENGLISH : locale);
        if (pattern == null) {
            log.warn("No text for message key {}", key);
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale == null ? ENGLISH : locale).format(params);
    }

    /** Whether English has this key: tests use it to prove that every key a view asks for exists. */
    public boolean hasKey(String key) {
        return english().containsKey(key);
    }

    /** Every English key and text, in no particular order. */
    public Map<String, String> englishTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        english().forEach((key, value) -> texts.put((String) key, (String) value));
        return texts;
    }

    /** Every key of one language, to check a translation for keys that English no longer has. */
    public Map<String, String> texts(Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        byLanguage.getOrDefault(locale.getLanguage(), new Properties())
                .forEach((key, value) -> texts.put((String) key, (String) value));
        return texts;
    }

    private String pattern(String key, Locale locale) {
        Properties language = byLanguage.get(locale.getLanguage());
        if (language != null && language.containsKey(key)) {
            return language.getProperty(key);
        }
        return english().getProperty(key);
    }

    private Properties english() {
        return byLanguage.getOrDefault(ENGLISH.getLanguage(), new Properties());
    }
}

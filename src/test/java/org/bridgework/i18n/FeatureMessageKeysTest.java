package org.bridgework.i18n;

import org.bridgework.platform.MessageBundles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For activities, Time Credits, families and opportunities: every message key the code names exists in English,
 * every enum shown in the UI has a name for each constant, and the Bengali text only uses keys English has,
 * with the same {0} values. Read from the sources, so a key typed wrongly fails here rather than as !key! on screen.
 */
class FeatureMessageKeysTest {

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern KEY = Pattern.compile("^[a-z0-9]+(\\.[A-Za-z0-9_-]+)+$");
    private static final Pattern ENUM = Pattern.compile("public enum (\\w+)\\s*\\{");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final MessageBundles BUNDLES = new MessageBundles();

    @ParameterizedTest
    @ValueSource(strings = {"activities", "timecredits", "families", "opportunities"})
    void everyKeyTheCodeNamesHasEnglishText(String feature) throws IOException {
        List<String> missing = new ArrayList<>();
        int keys = 0;
        for (Path file : sources(feature)) {
            Matcher literal = LITERAL.matcher(Files.readString(file));
            while (literal.find()) {
                String text = literal.group(1);
                if (text.startsWith(feature + ".") && KEY.matcher(text).matches()) {
                    keys++;
                    if (!BUNDLES.hasKey(text)) {
                        missing.add(file.getFileName() + ": " + text);
                    }
                }
            }
        }
        assertThat(keys).as("message keys named in %s", feature).isGreaterThan(20);
        assertThat(missing).as("keys with no English text in i18n/%s.properties", feature).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"activities", "timecredits", "families", "opportunities"})
    void everyEnumShownInTheUiHasANameForEachConstant(String feature) throws Exception {
        List<String> missing = new ArrayList<>();
        int enums = 0;
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/bridgework", feature))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher declaration = ENUM.matcher(source);
                if (!declaration.find() || !source.contains("String label()")) {
                    continue;
                }
                enums++;
                Class<?> type = Class.forName("org.bridgework." + feature + "." + declaration.group(1));
                for (Object constant : type.getEnumConstants()) {
                    String key = feature + ".enum." + type.getSimpleName() + "." + ((Enum<?>) constant).name();
                    if (!BUNDLES.hasKey(key)) {
                        missing.add(key);
                    }
                }
            }
        }
        assertThat(enums).isPositive();
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"activities", "timecredits", "families", "opportunities"})
    void bengaliUsesOnlyEnglishKeysWithTheSameValues(String feature) {
        var english = BUNDLES.englishTexts();
        List<String> problems = new ArrayList<>();
        BUNDLES.texts(MessageBundles.BENGALI).forEach((key, bengali) -> {
            if (!key.startsWith(feature + ".")) {
                return;
            }
            if (!english.containsKey(key)) {
                problems.add(key + " is not in English");
            } else if (!placeholders(bengali).equals(placeholders(english.get(key)))) {
                problems.add(key + " has values " + placeholders(bengali) + " but English has " + placeholders(english.get(key)));
            }
        });
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"timecredits", "opportunities"})
    void theVolunteerPagesHaveBengali(String feature) {
        long bengali = BUNDLES.texts(MessageBundles.BENGALI).keySet().stream().filter(k -> k.startsWith(feature + ".")).count();
        assertThat(bengali).isGreaterThan(10);
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        PLACEHOLDER.matcher(text).results().forEach(m -> found.add(m.group(1)));
        return found;
    }

    private static List<Path> sources(String feature) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/bridgework", feature))) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(FeatureMessageKeysTest::showsText).toList();
        }
    }

    /** Views, and the few root-package components that render text; elsewhere "feature.x" strings are codes. */
    private static boolean showsText(Path file) {
        try {
            return file.getParent().getFileName().toString().equals("ui") || Files.readString(file).contains("I18NProvider.translate(");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

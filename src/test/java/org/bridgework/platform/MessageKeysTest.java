package org.bridgework.platform;

import org.bridgework.consent.ConsentPurpose;
import org.bridgework.consent.LawfulBasis;
import org.bridgework.consent.RecordedHow;
import org.bridgework.organisations.OrganisationType;
import org.bridgework.privacy.EqualityField;
import org.bridgework.residents.HouseholdRelationship;
import org.bridgework.residents.ImportField;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every key the code asks for has English text, and Bengali covers what volunteers and residents see. */
class MessageKeysTest {

    private static final Path SOURCES = Path.of("src/main/java/org/bridgework");
    private static final Pattern TRANSLATION_CALL = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** Volunteer- and resident-facing keys that must have Bengali text; staff-only keys within them are listed below. */
    private static final List<String> BENGALI_PREFIXES = List.of("common.", "platform.", "security.login.", "security.role.",
            "organisations.menu.", "organisations.type.", "organisations.directory.", "accessibility.",
            "security.error.", "timecredits.error.");
    /** A service's refusal by key: the first key-shaped literal in the call (the field name before it has no dot). */
    private static final Pattern KEYED_REFUSAL = Pattern.compile(
            "(?:\\.keyed|checkKeyed|addKeyed)\\((?:[^;\"]|\"[^\"]*\")*?\"([a-z0-9]+(?:\\.[A-Za-z0-9_-]+)+)\"");
    private static final Set<String> STAFF_ONLY = Set.of("organisations.directory.add", "organisations.directory.actions",
            "organisations.directory.edit-aria", "platform.brand", "platform.language.en", "platform.language.bn",
            "organisations.directory.fact-separator");

    private final MessageBundles bundles = new MessageBundles();

    @Test
    void everyKeyAskedForInTheCodeHasEnglishText() throws IOException {
        var features = features();
        var missing = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                // a literal ending in a dot is the start of a key completed from an enum; the enum test covers those
                TRANSLATION_CALL.matcher(source).results().map(m -> m.group(1)).filter(key -> !key.endsWith("."))
                        .filter(key -> !bundles.hasKey(key)).forEach(key -> missing.add(file.getFileName() + ": " + key));
                if (!file.toString().contains("/ui/")) {
                    continue;
                }
                // in views, keys chosen by a condition or held in an annotation are key-shaped literals of a feature
                LITERAL.matcher(source).results().map(m -> m.group(1))
                        .filter(s -> LiteralTextScanner.MESSAGE_KEY.matcher(s).matches())
                        .filter(s -> features.contains(s.substring(0, s.indexOf('.'))))
                        .filter(key -> !bundles.hasKey(key)).forEach(key -> missing.add(file.getFileName() + ": " + key));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRefusalAServiceGivesByKeyHasEnglishTextAndVolunteerOnesHaveBengali() throws IOException {
        var bengali = bundles.texts(MessageBundles.BENGALI).keySet();
        var used = new TreeSet<String>();
        var missing = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                KEYED_REFUSAL.matcher(Files.readString(file, StandardCharsets.UTF_8)).results().map(m -> m.group(1)).forEach(key -> {
                    used.add(key);
                    if (!bundles.hasKey(key)) {
                        missing.add(file.getFileName() + ": " + key + " has no English text");
                    } else if (BENGALI_PREFIXES.stream().anyMatch(key::startsWith) && !bengali.contains(key)) {
                        missing.add(file.getFileName() + ": " + key + " has no Bengali text");
                    }
                });
            }
        }
        assertThat(used).as("refusals given by key").hasSizeGreaterThan(20)
                .anyMatch(k -> k.startsWith("timecredits.error.")).anyMatch(k -> k.startsWith("security.error."));
        assertThat(missing).isEmpty();
    }

    @Test
    void everyChoiceShownByNameHasEnglishText() {
        var keys = new ArrayList<String>();
        Arrays.stream(Role.values()).forEach(v -> keys.add("security.role." + v.name()));
        Arrays.stream(OrganisationType.values()).forEach(v -> keys.add("organisations.type." + v.name()));
        Arrays.stream(ConsentPurpose.values()).forEach(v -> keys.add("consent.purpose." + v.name()));
        Arrays.stream(LawfulBasis.values()).forEach(v -> keys.add("consent.lawful-basis." + v.name()));
        Arrays.stream(RecordedHow.values()).forEach(v -> keys.add("consent.recorded-how." + v.name()));
        Arrays.stream(HouseholdRelationship.values()).forEach(v -> keys.add("residents.relationship." + v.name()));
        Arrays.stream(ImportField.values()).forEach(v -> keys.add("residents.import-field." + v.name()));
        for (EqualityField field : EqualityField.values()) {
            keys.add("privacy.field." + field.name());
            Arrays.stream(field.answers()).forEach(a -> keys.add(
                    "privacy.answer." + ((Enum<?>) a).getDeclaringClass().getSimpleName() + "." + a.name()));
        }
        MessageBundles.LANGUAGES.forEach(l -> keys.add("platform.language." + l.getLanguage()));
        assertThat(keys).allSatisfy(key -> assertThat(bundles.hasKey(key)).as(key).isTrue());
    }

    @Test
    void everyBengaliKeyStillExistsInEnglishAndHasText() {
        var bengali = bundles.texts(MessageBundles.BENGALI);
        assertThat(bundles.englishTexts().keySet()).containsAll(bengali.keySet());
        assertThat(bengali).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
    }

    @Test
    void whatVolunteersAndResidentsSeeIsInBengali() {
        var bengali = bundles.texts(MessageBundles.BENGALI).keySet();
        var untranslated = bundles.englishTexts().keySet().stream()
                .filter(key -> BENGALI_PREFIXES.stream().anyMatch(key::startsWith))
                .filter(key -> !STAFF_ONLY.contains(key))
                .filter(key -> !bengali.contains(key))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(untranslated).isEmpty();
    }

    private static Set<String> features() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            var names = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
            names.add("common");
            return names;
        }
    }
}

package org.bridgework.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Views take their text from the message bundles; see {@link LiteralTextScanner} for what is not text. */
class NoLiteralTextInViewsTest {

    /** The features whose ui packages take all text from bundles. Add a feature here once it is converted. */
    static final List<String> COVERED_FEATURES =
            List.of("platform", "security", "audit", "organisations", "residents", "consent", "privacy",
                    "activities", "timecredits", "families", "opportunities", "reports", "funding");

    private static final Path SOURCES = Path.of("src/main/java/org/bridgework");
    private static final Path ALLOWED = Path.of("src/test/resources/i18n-allowed-literals.txt");

    @Test
    void theViewsOfCoveredFeaturesHoldNoLiteralText() throws IOException {
        var allowed = allowedLiterals();
        var found = new ArrayList<String>();
        for (String feature : COVERED_FEATURES) {
            Path ui = SOURCES.resolve(feature).resolve("ui");
            assertThat(ui).as("ui package of " + feature).isDirectory();
            try (Stream<Path> files = Files.walk(ui)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file, StandardCharsets.UTF_8);
                    LiteralTextScanner.find(source, allowed).forEach(f ->
                            found.add(file + ":" + f.line() + " \"" + f.literal() + "\""));
                }
            }
        }
        assertThat(found).as("text that should come from i18n/<feature>.properties").isEmpty();
    }

    @Test
    void aButtonCaptionWrittenInTheCodeIsFound() {
        var findings = LiteralTextScanner.find("""
                class V extends Div {
                    V() {
                        add(new Button("Save"));
                        setAttribute("aria-label", "Close the dialog");
                    }
                }
                """, Set.of());
        assertThat(findings).extracting(LiteralTextScanner.Finding::literal)
                .containsExactly("Save", "Close the dialog");
        assertThat(findings.getFirst().line()).isEqualTo(3);
    }

    @Test
    void keysStylesRoutesIconsAndLogMessagesAreNotText() {
        var findings = LiteralTextScanner.find("""
                @Route("residents/:id([0-9]+)")
                @Menu(order = 1, icon = "vaadin:home", title = "platform.menu.home")
                class V extends Div {
                    V() {
                        // new Button("In a comment")
                        add(new Button(getTranslation("common.save")));
                        addClassName("merged-banner");
                        addClassNames("a b", "c d");
                        getStyle().set("font-weight", "600").set("padding", "var(--lumo-space-xs) 0");
                        setMaxWidth("min(40rem, 95vw)");
                        setAttribute("download", "report.pdf");
                        add(new Anchor("residents/" + id, getTranslation("residents.page.open")));
                        ui.navigate("residents/new");
                        log.info("Opened {} for {}", "the page", id);
                        var map = Map.of("legalGivenName", field, "OUTSIDE", other);
                        new FormLayout.ResponsiveStep("36em", 2);
                    }
                }
                """, Set.of());
        assertThat(findings).isEmpty();
    }

    @Test
    void theAllowListGivesAReasonForEveryLine() throws IOException {
        for (String line : Files.readAllLines(ALLOWED, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                assertThat(line).as("literal <tab># reason").contains("\t#");
                assertThat(line.substring(line.indexOf("\t#") + 2).trim()).as("reason for " + line).isNotEmpty();
            }
        }
    }

    private static Set<String> allowedLiterals() throws IOException {
        var allowed = new HashSet<String>();
        for (String line : Files.readAllLines(ALLOWED, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                allowed.add(line.substring(0, line.indexOf("\t#")));
            }
        }
        return allowed;
    }
}

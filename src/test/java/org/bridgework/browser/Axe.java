package org.bridgework.browser;

import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs axe-core (from the Deque jar's bundled axe.min.js) in a page at WCAG 2.0/2.1/2.2 A and AA, and drops only the
 * findings listed in src/test/resources/axe-known-false-positives.txt (rule id, selector pattern, reason).
 */
final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final String SOURCE = read("/axe.min.js");
    static final List<KnownFalsePositive> KNOWN = knownFalsePositives();

    record Violation(String rule, String impact, String help, String target, String summary) {
        @Override
        public String toString() {
            return rule + " (" + impact + ") at " + target + ": " + help + (summary == null ? "" : " | " + summary.replace('\n', ' '));
        }
    }

    record Result(List<Violation> violations, int passes) {
    }

    record KnownFalsePositive(String rule, Pattern target, String reason) {
        boolean matches(Violation v) {
            return rule.equals(v.rule()) && target.matcher(v.target()).find();
        }
    }

    private Axe() {
    }

    @SuppressWarnings("unchecked")
    static Result run(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(SOURCE));
        }
        var raw = (Map<String, Object>) page.evaluate("""
                async (tags) => {
                  const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
                  return {
                    passes: r.passes.length,
                    violations: r.violations.flatMap(v => v.nodes.map(n => ({
                      rule: v.id, impact: v.impact || '', help: v.help,
                      target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' >>> '),
                      summary: n.failureSummary || '' })))
                  };
                }""", TAGS);
        var found = new ArrayList<Violation>();
        for (var v : (List<Map<String, Object>>) raw.get("violations")) {
            var violation = new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                    (String) v.get("target"), (String) v.get("summary"));
            if (KNOWN.stream().noneMatch(k -> k.matches(violation))) {
                found.add(violation);
            }
        }
        return new Result(found, ((Number) raw.get("passes")).intValue());
    }

    private static List<KnownFalsePositive> knownFalsePositives() {
        var list = new ArrayList<KnownFalsePositive>();
        for (String line : read("/axe-known-false-positives.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|", 3);
            if (parts.length < 3 || parts[2].isBlank()) {
                throw new IllegalStateException("Each known false positive needs: rule | selector pattern | reason: " + line);
            }
            list.add(new KnownFalsePositive(parts[0].trim(), Pattern.compile(parts[1].trim()), parts[2].trim()));
        }
        return List.copyOf(list);
    }

    private static String read(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

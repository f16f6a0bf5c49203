package org.bridgework.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core at WCAG 2.0-2.2 A and AA on every routed view, for every demo role its access rules admit, in light and
 * dark color schemes, plus the dialogs and forms in their error states. The routes come from the @Route classes
 * themselves, so a new view is checked (or fails here for want of an example id) without anyone remembering to add it.
 */
class AccessibilityIT extends BrowserTest {

    private static final Path REPORT = Path.of("target", "accessibility", "report.md");
    private static final String[] ERROR_TEXTS = {"Something went wrong", "Page not found", "There is no page at this address"};

    @Autowired
    JdbcClient jdbc;

    private DemoIds ids() {
        return new DemoIds(jdbc);
    }

    private final List<String> rows = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    record Screen(String template, Class<?> view, List<String> roles) {
    }

    @Test
    void everyViewAndDialogHasNoWcagAOrAaViolationsInLightOrDark() throws IOException {
        var screens = screens();
        assertThat(screens).as("routed views found").hasSizeGreaterThan(20);
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            if (!System.getProperty("a11y.schemes", "LIGHT,DARK").contains(scheme.name())) {
                continue;
            }
            anonymous(scheme);
            for (String[] user : DemoData.USERS) {
                if (!System.getProperty("a11y.users", "all").equals("all") && !System.getProperty("a11y.users").contains(user[0])) {
                    continue;
                }
                Page page = signIn(user[0], DemoData.PASSWORD, 1280, 900, scheme);
                for (Screen screen : screens) {
                    if (screen.roles().contains(user[2])) {
                        String path = concretePath(screen.template(), user[0]);
                        if (path == null) {
                            rows.add("| " + screen.template() + " | " + user[0] + " | " + scheme.name().toLowerCase()
                                    + " | not checked: the demo data has no such record this role may open | |");
                            continue;
                        }
                        try {
                            visit(page, path, user[0], scheme);
                        } catch (RuntimeException | AssertionError e) {
                            failures.add(path + " as " + user[0] + " (" + scheme + ") could not be checked: " + e.getMessage());
                        }
                    }
                }
                try {
                    states(page, user[0], scheme);
                } catch (RuntimeException | AssertionError e) {
                    failures.add("dialogs and error states as " + user[0] + " (" + scheme + ") could not be checked: " + e.getMessage());
                }
                page.context().close();
            }
        }
        writeReport();
        assertThat(failures).as("axe-core violations (see target/accessibility/report.md)").isEmpty();
        assertThat(rows).as("axe ran on every screen").hasSizeGreaterThan(screens.size() * 2);
    }

    /** The dialogs and error states: each opened the way a user would, then checked. */
    private void states(Page page, String username, ColorScheme scheme) {
        switch (username) {
            case "officer" -> {
                state(page, "residents/new", "resident editor, empty form saved", username, scheme, p -> {
                    p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
                    waitForVaadin(p);
                });
                state(page, "residents", "residents grid with a search", username, scheme, p -> {
                    p.getByLabel("Name").first().fill("a");
                    p.keyboard().press("Enter");
                    waitForVaadin(p);
                });
                state(page, "sessions/" + ids().bookedSession(), "walk-in dialog, empty form saved", username, scheme, p -> {
                    p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New person")).click();
                    waitForVaadin(p);
                    p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to register")).click();
                    waitForVaadin(p);
                });
            }
            case "familyworker" -> state(page, "families", "family referral dialog, empty form saved", username, scheme, p -> {
                p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New referral")).click();
                waitForVaadin(p);
                p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record referral")).click();
                waitForVaadin(p);
            });
            case "volunteer" -> {
                state(page, "my-credits", "redeem dialog", username, scheme, p -> {
                    p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Use credits on "))).first().click();
                    waitForVaadin(p);
                });
                state(page, "my-credits", "claim hours, empty form sent", username, scheme, p -> {
                    p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim hours")).click();
                    waitForVaadin(p);
                });
            }
            default -> {
            }
        }
        if (page.locator("vaadin-drawer-toggle").isVisible()) {
            page.navigate(url(""));
            waitForVaadin(page);
        }
    }

    private void state(Page page, String path, String what, String username, ColorScheme scheme, Consumer<Page> action) {
        page.navigate(url(path));
        waitForVaadin(page);
        action.accept(page);
        check(page, path + " (" + what + ")", username, scheme);
    }

    private void anonymous(ColorScheme scheme) {
        Page page = newPage(1280, 900, scheme);
        page.navigate(url("login"));
        waitForVaadin(page);
        String background = (String) page.evaluate("() => { const b = getComputedStyle(document.body).backgroundColor;"
                + " return b === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.documentElement).backgroundColor : b; }");
        System.out.println("page background in the " + scheme + " scheme: " + background);
        if ((scheme == ColorScheme.DARK) == "rgb(255, 255, 255)".equals(background)) {
            failures.add("the " + scheme + " colour scheme was not applied: the page background is " + background);
        }
        check(page, "login", "anonymous", scheme);
        page.navigate(url("login?error"));
        waitForVaadin(page);
        check(page, "login (wrong password message)", "anonymous", scheme);
        page.context().close();
    }

    private void visit(Page page, String path, String username, ColorScheme scheme) {
        page.navigate(url(path));
        waitForVaadin(page);
        String body = page.locator("body").innerText();
        for (String error : ERROR_TEXTS) {
            assertThat(body).as(username + " opening " + path).doesNotContain(error);
        }
        check(page, path, username, scheme);
    }

    private void check(Page page, String view, String username, ColorScheme scheme) {
        var result = Axe.run(page);
        rows.add("| " + view + " | " + username + " | " + scheme.name().toLowerCase() + " | " + result.violations().size()
                + " | " + result.passes() + " |");
        result.violations().forEach(v -> failures.add(view + " as " + username + " (" + scheme + "): " + v));
        System.out.printf("axe %-60s %-12s %-5s violations=%d passes=%d%n", view, username, scheme, result.violations().size(), result.passes());
        result.violations().forEach(v -> System.out.println("    " + v));
    }

    private void writeReport() throws IOException {
        Files.createDirectories(REPORT.getParent());
        var out = new StringBuilder("# Accessibility: axe-core " + String.join(", ", Axe.TAGS) + "\n\n")
                .append("Known false positives ignored: ").append(Axe.KNOWN.size())
                .append(" (src/test/resources/axe-known-false-positives.txt)\n\n")
                .append("| View | Role | Colour scheme | Violations | Rules passed |\n|---|---|---|---|---|\n");
        rows.forEach(r -> out.append(r).append('\n'));
        if (!failures.isEmpty()) {
            out.append("\n## Violations\n\n");
            failures.forEach(f -> out.append("- ").append(f).append('\n'));
        }
        Files.writeString(REPORT, out);
    }

    /** Every @Route and @RouteAlias under org.bridgework, with the demo roles its access annotation admits. */
    static List<Screen> screens() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var all = new TreeMap<String, Screen>();
        for (var candidate : scanner.findCandidateComponents("org.bridgework")) {
            Class<?> view;
            try {
                view = Class.forName(candidate.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            var route = view.getAnnotation(Route.class);
            var roles = roles(view);
            if (roles.isEmpty()) {
                continue; // anonymous pages (sign-in) are checked without a user
            }
            var templates = new ArrayList<String>();
            templates.add(route.value());
            Arrays.stream(view.getAnnotationsByType(RouteAlias.class)).forEach(a -> templates.add(a.value()));
            for (String template : templates) {
                String t = HasUrlParameter.class.isAssignableFrom(view) ? template + "/:param" : template;
                all.put(t, new Screen(t, view, roles));
            }
        }
        return List.copyOf(all.values());
    }

    private static List<String> roles(Class<?> view) {
        var allowed = view.getAnnotation(RolesAllowed.class);
        if (allowed != null) {
            return List.of(allowed.value());
        }
        if (view.isAnnotationPresent(PermitAll.class)) {
            return Arrays.stream(DemoData.USERS).map(u -> u[2]).toList();
        }
        return List.of();
    }

    /** Example ids for parameterised routes; a new parameterised route fails here until it gets one. */
    private String concretePath(String template, String username) {
        Map<String, Function<String, String>> examples = Map.of(
                "residents/:id([0-9]+)", u -> "residents/" + ids().resident(u),
                "residents/:id([0-9]+)/edit", u -> "residents/" + ids().resident(u) + "/edit",
                "sessions/:id", u -> "sessions/" + ids().bookedSession(),
                "opportunities/:id([0-9]+)", u -> ids().opportunity(u) == null ? null : "opportunities/" + ids().opportunity(u),
                "opportunities/:id([0-9]+)/edit", u -> ids().opportunity(u) == null ? null : "opportunities/" + ids().opportunity(u) + "/edit",
                "families/case/:param", u -> "families/case/" + ids().familyCase(u),
                "funding/:id([0-9]+)/edit", u -> "funding/" + jdbc.sql("select min(id) from grant_award")
                        .query(Long.class).single() + "/edit");
        if (!template.contains(":")) {
            return template;
        }
        var example = examples.get(template);
        assertThat(example).as("an example id for the new route " + template + " in AccessibilityIT").isNotNull();
        return example.apply(username);
    }
}

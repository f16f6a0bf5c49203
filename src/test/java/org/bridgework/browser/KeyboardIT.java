package org.bridgework.browser;

import com.microsoft.playwright.Page;
import org.bridgework.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main flows with the keyboard alone: sign in, open the menu, find a resident and open their record, mark a
 * register. Each step asserts where focus went and that the focused control shows a visible focus indicator.
 */
class KeyboardIT extends BrowserTest {

    /** What has focus, looking through shadow roots, and whether it (or its component host) draws a focus ring. */
    private static final String FOCUS = """
            () => {
              let el = document.activeElement;
              while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
              const ring = s => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== 'none');
              const drawn = c => ring(getComputedStyle(c)) || ring(getComputedStyle(c, '::before')) || ring(getComputedStyle(c, '::after'));
              let visible = false, host = null, text = '';
              for (let e = el, i = 0; e && i < 6; i++) {
                if (!host && e.tagName && e.tagName.includes('-')) host = e;
                const focusRing = !e.hasAttribute || !e.tagName.includes('-') || e.hasAttribute('focus-ring') || e.matches(':focus-visible');
                if (focusRing && drawn(e)) visible = true;
                if (focusRing && e.shadowRoot) { for (const p of e.shadowRoot.querySelectorAll('[part~="input-field"],[part~="focus-ring"],a,[part~="content"]')) if (drawn(p)) visible = true; }
                if (e.matches && e.matches(':focus-visible') && drawn(e)) visible = true;
                e = e.parentElement || (e.getRootNode() instanceof ShadowRoot ? e.getRootNode().host : null);
              }
              return { tag: el ? el.tagName.toLowerCase() : '', name: el ? (el.getAttribute('name') || '') : '',
                       label: el ? (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 80) : '',
                       host: host ? host.tagName.toLowerCase() : '', path: host ? (host.getAttribute('path') || '') : '',
                       hostLabel: host ? (host.getAttribute('aria-label') || host.textContent || '').trim().slice(0, 80) : '',
                       visible };
            }""";

    @Autowired
    JdbcClient jdbc;

    @Test
    void signInMenuAndResidentSearchReachTheGridWithTheKeyboardAlone() {
        Page page = newPage(1280, 900);
        page.navigate(url("login"));
        waitForVaadin(page);
        var focus = tabUntil(page, f -> "username".equals(f.get("name")), 15);
        assertThat(focus.get("visible")).as("focus ring on the username field").isEqualTo(true);
        page.keyboard().type("officer");
        page.keyboard().press("Tab");
        focus = focus(page);
        assertThat(focus.get("name")).as("Tab moves from username to password").isEqualTo("password");
        assertThat(focus.get("visible")).as("focus ring on the password field").isEqualTo(true);
        page.keyboard().type(DemoData.PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(u -> !u.contains("/login"));
        waitForVaadin(page);

        focus = tabUntil(page, f -> "vaadin-side-nav-item".equals(f.get("host")) && ((String) f.get("path")).endsWith("residents"), 40);
        assertThat(focus.get("visible")).as("focus ring on the Residents menu item").isEqualTo(true);
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.endsWith("/residents"));
        waitForVaadin(page);

        focus = tabUntil(page, f -> "vaadin-text-field".equals(f.get("host")) && ((String) f.get("hostLabel")).startsWith("Name"), 30);
        assertThat(focus.get("visible")).as("focus ring on the name search").isEqualTo(true);
        page.keyboard().type("Volunteer");
        page.waitForFunction("() => [...document.querySelectorAll('vaadin-grid-cell-content')].some(c => c.textContent.includes('Volunteer'))");
        waitForVaadin(page);
        focus = tabUntil(page, f -> "vaadin-grid".equals(f.get("host")), 20);
        assertThat(focus.get("visible")).as("focus ring in the residents grid").isEqualTo(true);
        // Tab leaves the header row for the rows; arrows then move between cells
        focus = tabUntil(page, KeyboardIT::aGridRowCell, 2);
        assertThat(focus.get("visible")).as("focus ring on the first resident's name cell").isEqualTo(true);
        page.keyboard().press("ArrowRight");
        focus = focus(page);
        assertThat(aGridRowCell(focus)).as("an arrow moves to the next cell of the row").isTrue();
        assertThat(focus.get("visible")).as("focus ring on the resident's date-of-birth cell").isEqualTo(true);
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.matches(".*/residents/\\d+$"));
        waitForVaadin(page);
        assertThat(page.locator("h1").first().textContent()).as("Enter opened the resident's record").contains("Volunteer");

        page.goBack();
        page.waitForURL(u -> u.endsWith("/residents"));
        waitForVaadin(page);
        tabUntil(page, f -> "vaadin-grid".equals(f.get("host")), 30);
        tabUntil(page, KeyboardIT::aGridRowCell, 2);
        page.keyboard().press("ArrowDown");
        assertThat(focus(page).get("visible")).as("focus ring on the second resident's name cell").isEqualTo(true);
        page.keyboard().press("Space");
        page.waitForURL(u -> u.matches(".*/residents/\\d+$"));
        page.context().close();
    }

    @Test
    void aRegisterIsMarkedWithTheKeyboard() {
        Page page = signIn("officer");
        long session = new DemoIds(jdbc).bookedSession();
        page.navigate(url("sessions/" + session));
        waitForVaadin(page);
        var focus = tabUntil(page, f -> ((String) f.get("hostLabel")).startsWith("Present: ") || ((String) f.get("label")).startsWith("Present: "), 60);
        assertThat(focus.get("visible")).as("focus ring on a register mark").isEqualTo(true);
        page.keyboard().press("Space");
        waitForVaadin(page);
        String label = (String) (((String) focus.get("hostLabel")).isEmpty() ? focus.get("label") : focus.get("hostLabel"));
        assertThat(page.locator("vaadin-button[aria-label=\"" + label + "\"]").first().getAttribute("aria-pressed"))
                .as("Space marks the person present").isEqualTo("true");
        page.context().close();
    }

    @Test
    void onAPhoneTheMenuOpensFromTheKeyboard() {
        Page page = signIn("officer", DemoData.PASSWORD, 375, 812);
        var focus = tabUntil(page, f -> "vaadin-drawer-toggle".equals(f.get("host")), 10);
        assertThat(focus.get("visible")).as("focus ring on the menu button").isEqualTo(true);
        page.keyboard().press("Enter");
        waitForVaadin(page);
        assertThat(page.locator("vaadin-app-layout").getAttribute("drawer-opened")).as("menu opened").isNotNull();
        page.context().close();
    }

    private static boolean aGridRowCell(Map<String, Object> focus) {
        return "td".equals(focus.get("tag")) && "vaadin-grid".equals(focus.get("host"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> focus(Page page) {
        return (Map<String, Object>) page.evaluate(FOCUS);
    }

    private static Map<String, Object> tabUntil(Page page, java.util.function.Predicate<Map<String, Object>> wanted, int most) {
        var seen = new java.util.ArrayList<String>();
        for (int i = 0; i < most; i++) {
            page.keyboard().press("Tab");
            var f = focus(page);
            if (wanted.test(f)) {
                return f;
            }
            seen.add(f.get("tag") + "/" + f.get("host") + ":" + f.get("hostLabel"));
        }
        throw new AssertionError("Focus never reached the expected control within " + most + " Tabs; it visited " + seen);
    }
}

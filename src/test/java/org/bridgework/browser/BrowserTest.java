package org.bridgework.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import org.bridgework.TestDatabase;
import org.bridgework.demo.DemoData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Real-browser tests: the whole app on a random port with its demo data, driven by Playwright in
 * Debian's chromium (no browser download). Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"bridgework.demo-data.enabled=true", "vaadin.launch-browser=false",
                "vaadin.devmode.devTools.enabled=false"})
public abstract class BrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static Playwright playwright;
    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @BeforeAll
    static void launch() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected Page newPage(int width, int height) {
        return newPage(width, height, ColorScheme.LIGHT);
    }

    protected Page newPage(int width, int height, ColorScheme scheme) {
        var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setColorScheme(scheme));
        context.setDefaultTimeout(30_000);
        return context.newPage();
    }

    protected Page signIn(String username) {
        return signIn(username, DemoData.PASSWORD, 1280, 900);
    }

    protected Page signIn(String username, String password, int width, int height) {
        return signIn(username, password, width, height, ColorScheme.LIGHT);
    }

    protected Page signIn(String username, String password, int width, int height, ColorScheme scheme) {
        var page = newPage(width, height, scheme);
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form button[type=submit]").first().click();
        page.waitForURL(u -> !u.contains("/login") || u.contains("error"));
        waitForVaadin(page);
        return page;
    }

    protected static void waitForVaadin(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients "
                + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }
}

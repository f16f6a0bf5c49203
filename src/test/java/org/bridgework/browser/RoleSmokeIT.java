package org.bridgework.browser;

import com.microsoft.playwright.Page;
import org.bridgework.demo.DemoData;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in as each demo role, opens every view that role's menu offers, checks a forbidden view is
 * refused, and saves a screenshot per role. The lock-out runs last: it locks this client address.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoleSmokeIT extends BrowserTest {

    private static final String[] ERROR_TEXTS = {"Something went wrong", "Page not found", "You do not have access"};

    @Test
    @Order(1)
    void everyRoleReachesItsHomeAndEveryViewInItsMenu() {
        for (String[] user : DemoData.USERS) {
            String username = user[0];
            Page page = signIn(username);
            assertThat(page.url()).as(username).doesNotContain("login");
            assertThat(page.locator("h1").first().textContent()).as(username).contains("Hello");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home-" + username + ".png")).setFullPage(true));

            List<String> paths = new ArrayList<>();
            for (var item : page.locator("vaadin-side-nav-item").all()) {
                String path = item.getAttribute("path");
                if (path != null) {
                    paths.add(path);
                }
            }
            assertThat(paths).as(username + " menu").isNotEmpty();
            for (String path : paths) {
                page.navigate(url(path.startsWith("/") ? path.substring(1) : path));
                waitForVaadin(page);
                String body = page.locator("body").innerText();
                for (String error : ERROR_TEXTS) {
                    assertThat(body).as(username + " opening " + path).doesNotContain(error);
                }
            }
            if (!"admin".equals(username)) {
                assertThat(paths).as(username + " menu").doesNotContain("admin/users");
                page.navigate(url("admin/users"));
                waitForVaadin(page);
                assertThat(page.locator("body").innerText()).as(username + " forbidden view").contains("You do not have access");
            } else {
                assertThat(paths).contains("admin/users", "admin/audit");
            }
            page.navigate(url("no/such/page"));
            waitForVaadin(page);
            visible(page.getByText("There is no page at this address"));
            page.context().close();
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private int failuresRecordedFor(String username) {
        return jdbc.sql("select count(*) from sign_in_event where username = ? and outcome = 'FAILURE'")
                .param(username).query(Integer.class).single();
    }

    private static void visible(com.microsoft.playwright.Locator locator) {
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(locator.first()).isVisible();
    }

    @Test
    @Order(2)
    void signOutEndsTheSession() {
        Page page = signIn("officer");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(u -> u.contains("login"));
        page.navigate(url(""));
        page.waitForURL(u -> u.contains("login"));
        assertThat(page.url()).contains("login");
        page.context().close();
    }

    @Test
    @Order(3)
    void operationsEndpointsNeedAnAdministratorExceptHealth() {
        var api = browser.newContext().request();
        assertThat(api.get(url("actuator/health")).status()).isEqualTo(200);
        assertThat(api.get(url("actuator/prometheus")).status()).isEqualTo(401);
        String officer = java.util.Base64.getEncoder().encodeToString(("officer:" + DemoData.PASSWORD).getBytes());
        assertThat(api.get(url("actuator/prometheus"), com.microsoft.playwright.options.RequestOptions.create()
                .setHeader("Authorization", "Basic " + officer)).status()).isEqualTo(403);
        String admin = java.util.Base64.getEncoder().encodeToString(("admin:" + DemoData.PASSWORD).getBytes());
        var metrics = api.get(url("actuator/prometheus"), com.microsoft.playwright.options.RequestOptions.create()
                .setHeader("Authorization", "Basic " + admin));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("jvm_memory_used_bytes");
    }

    @Test
    @Order(99)
    void tenWrongPasswordsPauseSigningInWithAClearMessage() {
        for (int i = 0; i < 10; i++) {
            Page page = signIn("manager", "not-the-password-" + i, 1024, 768);
            if (i == 0) {
                page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("sign-in-failed.png")));
            }
            // the tenth failure is the one that pauses signing in, so it may already say so
            visible(i < 9 ? page.getByText("Username or password not recognised")
                    : page.getByText("Username or password not recognised").or(page.getByText("Signing in is paused")));
            page.context().close();
        }
        assertThat(failuresRecordedFor("manager")).as("each failed try counts once").isEqualTo(10);
        Page page = signIn("manager", DemoData.PASSWORD, 1024, 768);
        assertThat(page.url()).contains("error");
        visible(page.getByText("Signing in is paused"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("sign-in-locked.png")));
        page.context().close();
        // the browser tests share one client address: lift the pause so classes run after this one can sign in
        jdbc.sql("delete from sign_in_event where username = 'manager' and outcome = 'FAILURE'").update();
    }
}

package org.bridgework.browser;

import com.microsoft.playwright.Page;
import org.bridgework.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's screenshots, taken from the running app with demo data (the phone one comes from VolunteerPhoneIT). */
class ReadmeScreenshotsIT extends BrowserTest {

    static final Path DIR = Path.of("docs", "screenshots");

    @Autowired
    JdbcClient jdbc;

    @Test
    void mainScreensAreCapturedForTheReadme() throws Exception {
        Files.createDirectories(DIR);
        for (String[] user : DemoData.USERS) {
            Page page = signIn(user[0]);
            save(page, "home-" + user[0] + ".png");
            if ("officer".equals(user[0])) {
                page.navigate(url("residents"));
                waitForVaadin(page);
                page.waitForTimeout(500);
                save(page, "residents.png");
                page.navigate(url("residents/" + new DemoIds(jdbc).resident("officer")));
                waitForVaadin(page);
                save(page, "resident.png");
            }
            page.context().close();
        }
        Page tablet = signIn("officer", DemoData.PASSWORD, 768, 1024);
        tablet.navigate(url("sessions/" + new DemoIds(jdbc).bookedSession()));
        waitForVaadin(tablet);
        save(tablet, "register-tablet.png");
        tablet.context().close();
    }

    private static void save(Page page, String name) throws Exception {
        Path path = DIR.resolve(name);
        page.screenshot(new Page.ScreenshotOptions().setPath(path));
        assertThat(Files.size(path)).as(name).isGreaterThan(5_000);
    }
}

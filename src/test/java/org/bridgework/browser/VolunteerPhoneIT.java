package org.bridgework.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.bridgework.demo.DemoData;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Victor Volunteer on a 375 px phone: balance and membership card, an offer redeemed, hours claimed and the statement
 * read, and at no step does the page scroll sideways. Screenshots at phone and desktop size are checked too.
 */
class VolunteerPhoneIT extends BrowserTest {

    private static final int PHONE_WIDTH = 375;

    @Test
    void aVolunteerUsesTheirCreditsOnAPhoneWithoutScrollingSideways() throws IOException {
        Page page = signIn("volunteer", DemoData.PASSWORD, PHONE_WIDTH, 812);
        noSidewaysScroll(page, "home");
        page.navigate(url("my-credits"));
        waitForVaadin(page);
        assertThat(page.locator(".credit-balance")).hasText(Pattern.compile("^\\d+$"));
        long before = Long.parseLong(page.locator(".credit-balance").textContent().trim());
        noSidewaysScroll(page, "balance");

        page.getByText("My membership card").click();
        assertThat(page.locator(".credit-card-number")).isVisible();
        assertThat(page.locator(".credit-card-qr svg")).isVisible();
        noSidewaysScroll(page, "membership card");
        Path phone = shot(page, "my-credits-phone-375.png");

        var use = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Use credits on ")));
        use.first().click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spend credits"))).isVisible();
        noSidewaysScroll(page, "redeem dialog");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spend credits")).click();
        waitForVaadin(page);
        assertThat(page.getByText(Pattern.compile("^Done: \\d+ credits spent"))).isVisible();
        long after = Long.parseLong(page.locator(".credit-balance").textContent().trim());
        assertThat(after).as("balance goes down by what was spent").isLessThan(before);
        noSidewaysScroll(page, "after redeeming");

        var group = page.getByLabel("Group you volunteered with");
        group.click();
        group.fill("");
        page.locator("vaadin-combo-box-item").first().click();
        page.getByLabel("What you did").fill("Phone test: sorting the food bank shelves");
        page.getByLabel("Time given (minutes)").fill("90");
        noSidewaysScroll(page, "claim form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim hours")).click();
        waitForVaadin(page);
        assertThat(page.getByText("Claim sent. The group will confirm it.")).isVisible();
        assertThat(page.getByText("Phone test: sorting the food bank shelves").first()).isAttached();

        var statement = page.locator("vaadin-grid").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHas(page.locator("vaadin-grid-cell-content"))).nth(1);
        statement.scrollIntoViewIfNeeded();
        assertThat(page.getByText("Download statement (PDF)")).isVisible();
        noSidewaysScroll(page, "statement");
        page.context().close();

        Page desktop = signIn("volunteer", DemoData.PASSWORD, 1280, 900);
        desktop.navigate(url("my-credits"));
        waitForVaadin(desktop);
        Path wide = shot(desktop, "my-credits-desktop-1280.png");
        desktop.context().close();

        assertDimensions(phone, PHONE_WIDTH, 812);
        assertDimensions(wide, 1280, 900);
        Files.createDirectories(ReadmeScreenshotsIT.DIR);
        Files.copy(phone, ReadmeScreenshotsIT.DIR.resolve("my-credits-phone.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void noSidewaysScroll(Page page, String step) {
        waitForVaadin(page);
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("page width at step '" + step + "'").isLessThanOrEqualTo(PHONE_WIDTH);
    }

    private static Path shot(Page page, String name) {
        Path path = SCREENSHOTS.resolve(name);
        page.screenshot(new Page.ScreenshotOptions().setPath(path));
        return path;
    }

    private static void assertDimensions(Path png, int width, int height) throws IOException {
        assertThat(png).exists();
        var image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).as(png + " width").isEqualTo(width);
        assertThat(image.getHeight()).as(png + " height").isEqualTo(height);
    }
}

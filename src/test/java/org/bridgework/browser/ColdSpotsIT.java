package org.bridgework.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cold-spots chart draws in a real browser: the application bundle carries ECharts and the wrapper element. */
class ColdSpotsIT extends BrowserTest {

    @Test
    void aManagerSeesTheColdSpotsChartDrawnAndItsTable() {
        Page page = signIn("manager");
        page.navigate(url("reports/cold-spots"));
        waitForVaadin(page);
        page.waitForSelector("bw-chart#cold-spots-chart svg");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("cold-spots-manager.png")).setFullPage(true));

        assertThat(page.evaluate("() => customElements.get('bw-chart') !== undefined")).isEqualTo(true);
        assertThat(page.locator("bw-chart#cold-spots-chart svg").count()).isPositive();
        assertThat(page.locator("bw-chart#cold-spots-chart").getAttribute("aria-label")).startsWith("Scatter chart of ");
        assertThat(page.locator("vaadin-grid#cold-spots-grid").count()).isEqualTo(1);
        // the demo gives the City's residents an LSOA, so wards are plotted as points (SVG paths in the chart)
        assertThat(page.locator("bw-chart#cold-spots-chart svg path").count()).isGreaterThan(5);

        var tablet = signIn("manager", org.bridgework.demo.DemoData.PASSWORD, 768, 1024);
        tablet.navigate(url("reports/cold-spots"));
        waitForVaadin(tablet);
        tablet.waitForSelector("bw-chart#cold-spots-chart svg");
        assertThat(tablet.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        tablet.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("cold-spots-tablet-768.png")));
        tablet.context().close();
        page.context().close();
    }
}

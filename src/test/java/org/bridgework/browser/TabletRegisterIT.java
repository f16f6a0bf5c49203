package org.bridgework.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.bridgework.TestFixtures;
import org.bridgework.activities.ActivityService;
import org.bridgework.activities.BookingService;
import org.bridgework.activities.Mark;
import org.bridgework.activities.RegisterService;
import org.bridgework.activities.StrategyService;
import org.bridgework.activities.TestActivities;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.SystemUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer marks a register of 50 on a 768 px tablet, in a real browser. */
class TabletRegisterIT extends BrowserTest {

    private static final int PEOPLE = 50;

    @Autowired
    ActivityService activities;
    @Autowired
    StrategyService strategy;
    @Autowired
    BookingService bookings;
    @Autowired
    RegisterService registers;
    @Autowired
    ResidentService residents;
    @Autowired
    OrganisationService organisations;

    @Test
    void anOfficerMarksARegisterOfFiftyOnATablet() {
        long session = SystemUser.call(() -> {
            long org = organisations.findByName("Toynbee Hall").orElseThrow().id();
            long s = TestActivities.session(activities, TestActivities.activity(activities, strategy, org, PEOPLE, false),
                    LocalDate.now());
            for (int i = 0; i < PEOPLE; i++) {
                var r = residents.create(new ResidentForm(null, 0, "Tablet", TestFixtures.unique("Attendee"), null,
                        LocalDate.of(1970 + i % 40, 1 + i % 12, 1 + i % 28), null, null, null, null, "London", "EC2Y 8DS",
                        "E05009288", null, null, "English", false, null, null, null, null));
                bookings.book(s, r.id());
            }
            return s;
        });

        Page page = signIn("officer", org.bridgework.demo.DemoData.PASSWORD, 768, 1024);
        page.navigate(url("sessions/" + session));
        waitForVaadin(page);
        // each mark button is labelled with the person, e.g. "Absent: Tablet Attendee12", for screen readers
        var absent = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Absent: ")));
        assertThat(absent.count()).isEqualTo(PEOPLE);
        // every mark control is a comfortable touch target: at least 44 x 44 CSS px (WCAG 2.5.5)
        var marks = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("^(Present|Absent|Late): "))).all();
        assertThat(marks).hasSize(PEOPLE * 3);
        for (var mark : marks) {
            var box = mark.boundingBox();
            assertThat(box.width).as("touch target width of " + mark.getAttribute("aria-label")).isGreaterThanOrEqualTo(44);
            assertThat(box.height).as("touch target height of " + mark.getAttribute("aria-label")).isGreaterThanOrEqualTo(44);
        }
        page.getByText("Mark all present").click();
        absent.first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Late: "))).nth(1).click();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("register-tablet-768.png")));
        long started = System.nanoTime();
        page.getByText("Save register").click();
        waitForVaadin(page);
        System.out.printf("Register of %d saved in the browser in %d ms (click to server round trip done)%n",
                PEOPLE, (System.nanoTime() - started) / 1_000_000);
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);

        var saved = SystemUser.call(() -> registers.register(session).lines());
        assertThat(saved).hasSize(PEOPLE);
        assertThat(saved.stream().filter(l -> l.mark() == Mark.PRESENT)).hasSize(PEOPLE - 2);
        assertThat(saved.stream().filter(l -> l.mark() == Mark.ABSENT)).hasSize(1);
        assertThat(saved.stream().filter(l -> l.mark() == Mark.LATE)).hasSize(1);
        page.context().close();
    }
}

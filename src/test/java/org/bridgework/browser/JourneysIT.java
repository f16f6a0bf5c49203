package org.bridgework.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.bridgework.TestFixtures;
import org.bridgework.activities.ActivityForm;
import org.bridgework.activities.ActivityService;
import org.bridgework.activities.Mark;
import org.bridgework.activities.RegisterService;
import org.bridgework.activities.StrategyKind;
import org.bridgework.activities.StrategyService;
import org.bridgework.activities.TargetGroup;
import org.bridgework.activities.TestActivities;
import org.bridgework.families.CaseStatus;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.residents.HouseholdRelationship;
import org.bridgework.residents.ResidentFilter;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.SystemUser;
import org.bridgework.timecredits.ResidentCreditsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The people who use Bridgework, doing their everyday work end to end in a real browser. */
class JourneysIT extends BrowserTest {

    @Autowired
    ResidentService residents;
    @Autowired
    ActivityService activities;
    @Autowired
    StrategyService strategy;
    @Autowired
    RegisterService registers;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ResidentCreditsService credits;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anOfficerAddsAResidentDespiteALikelyDuplicateBooksThemOntoALibrarySessionAndMarksTheRegister() {
        String family = TestFixtures.unique("Rahman");
        long session = SystemUser.call(() -> {
            create("Nadia", family, LocalDate.of(1985, 3, 14), "E1 7AD");
            long library = organisations.findByName("Barbican Library").orElseThrow().id();
            long activity = activities.save(new ActivityForm(null, 0, TestFixtures.unique("IT help "),
                    id(StrategyKind.PROGRAMME, "Library services"), id(StrategyKind.TYPE, "One-to-one IT help"), library,
                    "Barbican Library, Silk Street", "E05009302", Set.of(TargetGroup.EVERYONE), 8, false, false, null));
            return TestActivities.session(activities, activity, LocalDate.now());
        });

        Page page = signIn("officer");
        page.navigate(url("residents/new"));
        waitForVaadin(page);
        page.getByLabel("First name").first().fill("Nadiya");
        page.getByLabel("Last name").first().fill(family);
        page.getByLabel("Date of birth").first().fill("14/03/1985");
        page.getByLabel("Date of birth").first().press("Enter");
        page.getByLabel("Postcode").first().fill("E1 7AD");
        pickFromComboBox(page, page.getByLabel("Ward", new Page.GetByLabelOptions().setExact(true)).first(), "Portsoken", "Portsoken");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        waitForVaadin(page);
        assertThat(page.getByText("This person may already be on record").isVisible()).isTrue();
        assertThat(page.getByText(Pattern.compile("Nadia " + family)).first().isVisible()).isTrue();
        page.getByText("None of these: create a new record").click();
        page.waitForURL(Pattern.compile(".*/residents/\\d+$"));
        waitForVaadin(page);
        var people = SystemUser.call(() -> residents.search(new ResidentFilter(family, null, null, null), 0, 10));
        assertThat(people).extracting(ResidentSummary::displayName).containsExactlyInAnyOrder("Nadia " + family, "Nadiya " + family);
        long nadiya = people.stream().filter(p -> p.displayName().startsWith("Nadiya")).findFirst().orElseThrow().id();

        page.navigate(url("sessions/" + session));
        waitForVaadin(page);
        pickFromComboBox(page, page.getByLabel("Book a place for").first(), family, "Nadiya " + family);
        assertThat(page.getByText("Nadiya " + family + " has a place.").first().isVisible()).isTrue();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Present: Nadiya " + family)).click();
        page.getByText("Save register").click();
        waitForVaadin(page);
        screenshot(page, "journey-officer-register.png");

        var marks = SystemUser.call(() -> registers.register(session).lines());
        assertThat(marks).anySatisfy(line -> {
            assertThat(line.residentId()).isEqualTo(nadiya);
            assertThat(line.mark()).isEqualTo(Mark.PRESENT);
        });
        page.context().close();
    }

    @Test
    void aVolunteerClaimsHoursTheEarnPartnerApprovesThemAndTheVolunteerSpendsCredits() {
        long victor = SystemUser.call(() -> residents.search(new ResidentFilter("Victor Volunteer", null, null, null), 0, 1)
                .getFirst().id());
        long before = SystemUser.call(() -> credits.balance(victor));
        String what = TestFixtures.unique("Litter pick ");

        Page volunteer = signIn("volunteer", org.bridgework.demo.DemoData.PASSWORD, 375, 812);
        volunteer.navigate(url("my-credits"));
        waitForVaadin(volunteer);
        pickFromComboBox(volunteer, volunteer.getByLabel("Group you volunteered with").first(), "Toynbee", "Toynbee Hall");
        volunteer.getByLabel("What you did").first().fill(what);
        volunteer.getByLabel("Time given (minutes)").first().fill("120");
        volunteer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim hours")).click();
        waitForVaadin(volunteer);
        assertThat(SystemUser.call(() -> credits.balance(victor))).as("nothing is earned before approval").isEqualTo(before);

        Page partner = signIn("partner");
        partner.navigate(url("partner/credits"));
        waitForVaadin(partner);
        partner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Approve " + what))).click();
        waitForVaadin(partner);
        assertThat(SystemUser.call(() -> credits.balance(victor))).isEqualTo(before + 2);
        partner.context().close();

        volunteer.navigate(url("my-credits"));
        waitForVaadin(volunteer);
        volunteer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Use credits on "))).first().click();
        var dialog = volunteer.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spend credits")).click();
        waitForVaadin(volunteer);
        assertThat(volunteer.getByText(Pattern.compile("Done: \\d+ credits spent")).first().isVisible()).isTrue();
        assertThat(volunteer.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        screenshot(volunteer, "journey-volunteer-phone.png");
        assertThat(SystemUser.call(() -> credits.balance(victor))).isLessThan(before + 2);
        volunteer.context().close();
    }

    @Test
    void aFamilyWorkerTakesAReferralThroughToClosureWithOutcomes() {
        String family = TestFixtures.unique("Okafor");
        SystemUser.run(() -> {
            var parent = create("Grace", family, LocalDate.of(1988, 6, 2), "EC1Y 0SB");
            long household = residents.createHousehold(family + " household");
            residents.addToHousehold(parent.id(), household, HouseholdRelationship.PARENT);
        });

        Page page = signIn("familyworker");
        page.navigate(url("families"));
        waitForVaadin(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New referral")).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        pickFromComboBox(page, dialog.getByLabel("A member of the household").first(), family, "Grace " + family);
        dialog.locator("vaadin-select").first().click();
        selectItem(page, "School");
        dialog.getByLabel("Referrer's name and role").first().fill("Amira Khan, school nurse");
        dialog.getByLabel("What the referrer told us").first().fill("Rent arrears and a child missing school.");
        dialog.getByLabel("Needs").first().click();
        page.locator("vaadin-multi-select-combo-box-item:visible").first().click();
        page.keyboard().press("Escape");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record referral")).click();
        page.waitForURL(Pattern.compile(".*/families/case/\\d+$"));
        waitForVaadin(page);
        long caseId = Long.parseLong(page.url().replaceAll(".*/", ""));

        withReason(page, "Start triage", "Start triage");
        clickAndWait(page, "Accept and open the case");
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        waitForVaadin(page);
        assertThat(status(caseId)).isEqualTo(CaseStatus.ASSESSMENT);

        page.getByLabel(Pattern.compile(": score 1 to 10$")).first().fill("3");
        clickAndWait(page, "Save assessment");
        withReason(page, "Assessment done: make active", "Assessment done: make active");
        withReason(page, "Move to review", "Move to review");
        page.getByLabel(Pattern.compile(": score 1 to 10$")).first().fill("7");
        clickAndWait(page, "Save review");
        // the outcomes form appears once the case is in review; wait for it before opening its select
        page.getByText("Outcomes at closure").first().waitFor();
        waitForVaadin(page);
        page.locator("vaadin-select:visible").last().click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\s*Achieved\\s*$"))).first().click();
        waitForVaadin(page);
        clickAndWait(page, "Save outcomes");
        withReason(page, "Close the case", "Close the case");
        screenshot(page, "journey-family-closed.png");

        assertThat(status(caseId)).isEqualTo(CaseStatus.CLOSED);
        assertThat(page.getByText("Family average: +4.0").first().isVisible()).isTrue();
        page.context().close();
    }

    @Test
    void aPartnerIsRefusedAResidentWithNoLinkToTheirOrganisation() {
        var stranger = SystemUser.call(() -> create("Hidden", TestFixtures.unique("Stranger"), LocalDate.of(1979, 9, 9), "EC2Y 8DS"));
        Page page = signIn("partner");
        page.navigate(url("residents/" + stranger.id()));
        waitForVaadin(page);
        assertThat(page.locator("h1").first().textContent()).isEqualTo("You do not have access to this page");
        assertThat(page.content()).doesNotContain(stranger.displayName());
        page.context().close();
    }

    private ResidentSummary create(String given, String family, LocalDate dob, String postcode) {
        return residents.create(new ResidentForm(null, 0, given, family, null, dob, null, null, null, null, "London",
                postcode, null, "Tower Hamlets", null, "English", false, null, null, null, null));
    }

    private long id(StrategyKind kind, String name) {
        return strategy.list(kind, false).stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** Read straight from the table: family cases are restricted even from the system account. */
    private CaseStatus status(long caseId) {
        return CaseStatus.valueOf(jdbc.sql("select status from family_case where id = ?").param(caseId)
                .query(String.class).single());
    }

    private static void pickFromComboBox(Page page, Locator input, String typed, String option) {
        input.fill(typed);
        page.locator("vaadin-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText(option)).first().click();
        waitForVaadin(page);
    }

    /** Vaadin keeps every select's items in the page, so an item is found by its exact text. */
    private static void selectItem(Page page, String text) {
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\s*" + text + "\\s*$"))).first().click();
        waitForVaadin(page);
    }

    private static void clickAndWait(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).first().click();
        waitForVaadin(page);
    }

    /** Buttons that move a case ask for a reason in a dialog whose confirm button repeats the action's name. */
    private static void withReason(Page page, String button, String confirm) {
        clickAndWait(page, button);
        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Reason").first().fill("Agreed with the family at the visit.");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(confirm).setExact(true)).click();
        waitForVaadin(page);
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }
}

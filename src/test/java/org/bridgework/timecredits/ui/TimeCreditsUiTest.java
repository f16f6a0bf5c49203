package org.bridgework.timecredits.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import org.bridgework.TestFixtures;
import com.vaadin.flow.component.html.Paragraph;
import org.bridgework.UiTest;
import org.bridgework.residents.PersonalDataSection;
import org.bridgework.residents.ResidentJourneyTab;
import org.bridgework.security.Role;
import org.bridgework.timecredits.Audience;
import org.bridgework.timecredits.HoursForm;
import org.bridgework.timecredits.HoursService;
import org.bridgework.timecredits.MyCreditsService;
import org.bridgework.timecredits.Offer;
import org.bridgework.timecredits.OfferService;
import org.bridgework.timecredits.ResidentCreditsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class TimeCreditsUiTest extends UiTest {

    @Autowired HoursService hours;
    @Autowired OfferService offers;
    @Autowired MyCreditsService myCredits;
    @Autowired ResidentCreditsService residentCredits;

    @Test
    void aVolunteerSeesTheirOwnBalanceAndCardAndNoStaffPages() {
        var me = fixtures.resident("Vera", TestFixtures.unique("Volunteer"));
        fixtures.signInAs(Role.OFFICER);
        hours.log(new HoursForm(me.id(), null, "Reading buddy", LocalDate.now(), 150, "Leader"));
        signInAs(Role.VOLUNTEER, null, me.id());
        navigate("my-credits");
        var view = _get(MyCreditsView.class);
        assertThat(view.balance.getText()).isEqualTo("2");
        assertThat(view.carried.getText()).startsWith("30 minutes");
        // parameters naming someone else change nothing: the page always shows the signed-in volunteer's own account
        var other = fixtures.resident("Otto", TestFixtures.unique("Other"));
        fixtures.signInAs(Role.OFFICER);
        hours.log(new HoursForm(other.id(), null, "Reading buddy", LocalDate.now(), 600, "Leader"));
        signInAs(Role.VOLUNTEER, null, me.id());
        UI.getCurrent().navigate("my-credits", com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of("resident", String.valueOf(other.id()), "account", String.valueOf(other.id()))));
        assertThat(_get(MyCreditsView.class).balance.getText()).isEqualTo("2");
        navigate("timecredits");
        assertThat(_find(TimeCreditsView.class)).isEmpty();
        navigate("partner/credits");
        assertThat(_find(PartnerCreditsView.class)).isEmpty();
        navigate("admin/timecredits");
        assertThat(_find(TimeCreditsAdminView.class)).isEmpty();
    }

    @Test
    void aSpendPartnerTakesCreditsByCardNumberAtTheTill() {
        var spend = fixtures.organisation("Till");
        var me = fixtures.resident("Tilly", TestFixtures.unique("Volunteer"));
        fixtures.signInAs(Role.OFFICER);
        hours.log(new HoursForm(me.id(), null, "Garden", LocalDate.now(), 240, "Leader"));
        var offer = offers.save(new Offer(null, 0, spend.id(), TestFixtures.unique("Swim"), null, 3, Audience.ALL, 1,
                LocalDate.now(), null, null, true));
        fixtures.signInAs(Role.VOLUNTEER, null, me.id());
        String card = myCredits.overview().membershipNumber();

        signInAs(Role.PARTNER, spend.id(), null);
        navigate("partner/credits");
        _get(PartnerCreditsView.class);
        _get(TextField.class, s -> s.withLabel("Member's card number or QR code")).setValue(card);
        @SuppressWarnings("unchecked")
        ComboBox<Offer> offerBox = _get(ComboBox.class, s -> s.withLabel("Offer"));
        offerBox.setValue(offer);
        _click(_get(Button.class, s -> s.withText("Take credits")));

        fixtures.signInAs(Role.OFFICER);
        assertThat(residentCredits.balance(me.id())).isEqualTo(1);
        assertThat(UI.getCurrent()).isNotNull();
    }

    @Test
    void anAdministratorRunsTheIntegrityCheckFromTheSettingsPage() {
        signInAs(Role.ADMIN);
        navigate("admin/timecredits");
        var view = _get(TimeCreditsAdminView.class);
        _click(view.check);
        assertThat(view.checkResult.getText()).startsWith("The ledger is sound");
    }

    @Test
    void staffSeeAResidentsCreditsOnTheirPageAndInTheSubjectAccessExport() {
        var me = fixtures.resident("Jo", TestFixtures.unique("Journey"));
        fixtures.signInAs(Role.OFFICER);
        hours.log(new HoursForm(me.id(), null, "Festival stewarding", LocalDate.now(), 180, "Leader"));
        var officer = signInAs(Role.OFFICER);
        var tab = context.getBeansOfType(ResidentJourneyTab.class).values().stream()
                .filter(t -> t.title().equals("Time Credits")).findFirst().orElseThrow();
        assertThat(tab.isVisibleTo(officer)).isTrue();
        var content = tab.create(me.id());
        assertThat(_get(content, Paragraph.class).getText()).isEqualTo("Balance: 3 credits");
        var section = context.getBeansOfType(PersonalDataSection.class).values().stream()
                .filter(t -> t.title().equals("Time Credits")).findFirst().orElseThrow();
        var data = section.dataFor(me.id());
        assertThat(data.get("balance")).isEqualTo(3L);
        assertThat((java.util.List<?>) data.get("hours")).hasSize(1);
        var partner = signInAs(Role.PARTNER);
        assertThat(tab.isVisibleTo(partner)).isFalse();
    }

    @Test
    void aVolunteersHomePageShowsTheirBalance() {
        var me = fixtures.resident("Hom", TestFixtures.unique("Volunteer"));
        fixtures.signInAs(Role.OFFICER);
        hours.log(new HoursForm(me.id(), null, "Garden", LocalDate.now(), 60, "Leader"));
        var volunteer = signInAs(Role.VOLUNTEER, null, me.id());
        var card = context.getBean(BalanceHomeCard.class);
        assertThat(card.isFor(volunteer)).isTrue();
        assertThat(_get(card.create(volunteer), Paragraph.class).getText()).isEqualTo("You have 1 credits.");
    }

    @Test
    void officersSeeTheProgrammeFigures() {
        signInAs(Role.OFFICER);
        navigate("timecredits");
        var view = _get(TimeCreditsView.class);
        assertThat(view.outstanding.getText()).startsWith("Credits held by volunteers now:");
    }
}

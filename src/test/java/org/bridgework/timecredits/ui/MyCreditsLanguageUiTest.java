package org.bridgework.timecredits.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import org.bridgework.TestFixtures;
import org.bridgework.UiTest;
import org.bridgework.platform.MessageBundles;
import org.bridgework.security.Role;
import org.bridgework.timecredits.HoursForm;
import org.bridgework.timecredits.HoursService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A volunteer who reads Bengali sees their own Time Credits in Bengali; everyone else keeps English. */
class MyCreditsLanguageUiTest extends UiTest {

    @Autowired HoursService hours;
    @Autowired BalanceHomeCard homeCard;

    @Test
    void aBengaliReaderSeesTheirCreditsPageInBengali() {
        var user = volunteerWithTwoCredits();
        useLocale(MessageBundles.BENGALI);
        navigate("my-credits");

        var view = _get(MyCreditsView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("আমার টাইম ক্রেডিট");
        assertThat(view.getPageTitle()).startsWith("আমার টাইম ক্রেডিট");
        assertThat(view.carried.getText()).contains("মিনিট জমা আছে");
        assertThat(_find(Button.class, s -> s.withText("সময়ের দাবি করুন"))).hasSize(1);
        assertThat(_find(Button.class, s -> s.withText("Claim hours"))).isEmpty();
        assertThat(view.from.getLabel()).isEqualTo("শুরুর তারিখ");
        assertThat(view.statement.getColumns().get(1).getHeaderText()).isEqualTo("ধরন");
        assertThat(view.offers.getColumns().get(3).getHeaderText()).isEqualTo("কাদের জন্য");

        var card = homeCard.create(user);
        assertThat(_get(card, H3.class).getText()).isEqualTo("আমার টাইম ক্রেডিট");
        assertThat(_get(card, Paragraph.class).getText()).startsWith("আপনার ").endsWith(" ক্রেডিট আছে।");
    }

    @Test
    void anEnglishReaderSeesTheSamePageInEnglish() {
        var user = volunteerWithTwoCredits();
        useLocale(MessageBundles.ENGLISH);
        navigate("my-credits");

        var view = _get(MyCreditsView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("My Time Credits");
        assertThat(view.getPageTitle()).isEqualTo("My Time Credits | Bridgework");
        assertThat(view.carried.getText()).startsWith("0 minutes carried towards your next credit (").endsWith(" minutes earn one).");
        assertThat(_find(Button.class, s -> s.withText("Claim hours"))).hasSize(1);
        assertThat(view.from.getLabel()).isEqualTo("From");
        assertThat(view.statement.getColumns().get(1).getHeaderText()).isEqualTo("Type");
        assertThat(_get(homeCard.create(user), Paragraph.class).getText()).isEqualTo("You have 2 credits.");
    }

    @Test
    void aLanguageWithoutTranslationsFallsBackToEnglish() {
        volunteerWithTwoCredits();
        useLocale(Locale.FRANCE);
        navigate("my-credits");
        assertThat(_get(H1.class).getText()).isEqualTo("My Time Credits");
    }

    private org.bridgework.security.BridgeworkUser volunteerWithTwoCredits() {
        var me = fixtures.resident("Bina", TestFixtures.unique("Volunteer"));
        fixtures.signInAs(Role.OFFICER);
        hours.log(new HoursForm(me.id(), null, "Lunch club", LocalDate.now(), 120, "Leader"));
        return signInAs(Role.VOLUNTEER, null, me.id());
    }

    private static void useLocale(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }
}

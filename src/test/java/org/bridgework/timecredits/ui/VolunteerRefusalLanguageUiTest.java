package org.bridgework.timecredits.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.VaadinSession;
import org.bridgework.TestFixtures;
import org.bridgework.UiTest;
import org.bridgework.platform.MessageBundles;
import org.bridgework.security.Role;
import org.bridgework.timecredits.Audience;
import org.bridgework.timecredits.HoursForm;
import org.bridgework.timecredits.HoursService;
import org.bridgework.timecredits.Offer;
import org.bridgework.timecredits.OfferService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A service's refusal reaches the volunteer in their own language, beside the field it is about. */
class VolunteerRefusalLanguageUiTest extends UiTest {

    @Autowired HoursService hours;
    @Autowired OfferService offers;

    @Test
    void aBengaliVolunteerWhoOverspendsSeesTheRefusalInBengaliBesideTheField() {
        var quantity = overspend(MessageBundles.BENGALI);
        assertThat(quantity.isInvalid()).isTrue();
        assertThat(quantity.getErrorMessage())
                .isEqualTo(MessageBundles.shared().getTranslation("timecredits.error.not-enough", MessageBundles.BENGALI, 3L, 2L))
                .contains("যথেষ্ট টাইম ক্রেডিট নেই")
                .doesNotContain("Not enough");
    }

    @Test
    void anEnglishVolunteerSeesTheSameRefusalInEnglish() {
        var quantity = overspend(MessageBundles.ENGLISH);
        assertThat(quantity.getErrorMessage())
                .isEqualTo("Not enough Time Credits: this needs 3 and the balance is 2. Nothing has been spent.");
    }

    @Test
    void aBengaliVolunteersClaimIsCheckedInBengali() {
        volunteerWithTwoCredits();
        useLocale(MessageBundles.BENGALI);
        navigate("my-credits");
        _click(_get(Button.class, s -> s.withText("সময়ের দাবি করুন")));
        assertThat(_get(ComboBox.class, s -> s.withLabel("যে দলের সাথে আপনি স্বেচ্ছাসেবা করেছেন")).getErrorMessage())
                .isEqualTo("যে দলের সঙ্গে স্বেচ্ছাসেবা করেছেন সেটি বেছে নিন, যাতে তারা এটি নিশ্চিত করতে পারে।");
        assertThat(_get(IntegerField.class, s -> s.withLabel(bengali("timecredits.myCredits.timeGivenMinutes"))).getErrorMessage())
                .isEqualTo(bengali("timecredits.error.minutes-range")).startsWith("কত মিনিট");
    }

    private IntegerField overspend(Locale locale) {
        var me = volunteerWithTwoCredits();
        fixtures.signInAs(Role.OFFICER);
        Offer offer = offers.save(new Offer(null, 0, fixtures.organisation("Pool").id(), TestFixtures.unique("Swim"), null,
                3, Audience.ALL, 1, LocalDate.now(), null, null, true));
        signInAs(Role.VOLUNTEER, null, me);
        useLocale(locale);
        navigate("my-credits");
        var view = _get(MyCreditsView.class);
        view.redeemDialog(offer);
        _click(_get(Button.class, s -> s.withText(view.getTranslation("timecredits.myCredits.spendCredits"))));
        return _get(IntegerField.class, s -> s.withLabel(view.getTranslation("timecredits.myCredits.howMany")));
    }

    private long volunteerWithTwoCredits() {
        var me = fixtures.resident("Bina", TestFixtures.unique("Volunteer"));
        fixtures.signInAs(Role.OFFICER);
        hours.log(new HoursForm(me.id(), null, "Lunch club", LocalDate.now(), 120, "Leader"));
        signInAs(Role.VOLUNTEER, null, me.id());
        return me.id();
    }

    private static String bengali(String key) {
        return MessageBundles.shared().getTranslation(key, MessageBundles.BENGALI);
    }

    private static void useLocale(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }
}

package org.bridgework.platform.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.Cookie;
import org.bridgework.UiTest;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.platform.MessageBundles;
import org.bridgework.security.Role;
import org.bridgework.security.UserAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LanguageChoiceUiTest extends UiTest {

    @Autowired
    UserAccountService users;
    @Autowired
    LanguageChoice languages;

    @Test
    void aVolunteerSwitchesTheDirectoryToBengaliAndFindsItSoAtTheNextSignIn() {
        var volunteer = signInAs(Role.VOLUNTEER);
        navigate("directory");
        assertThat(_get(H1.class).getText()).isEqualTo("Directory of partner organisations");

        _get(LanguagePicker.class).setValue(MessageBundles.BENGALI);

        assertThat(_get(H1.class).getText()).isEqualTo("পার্টনার সংস্থাগুলোর ডিরেক্টরি");
        assertThat(_get(Button.class, spec -> spec.withText("সাইন আউট করুন"))).isNotNull();
        assertThat(users.myLanguage()).contains(MessageBundles.BENGALI);
        var cookie = ((FakeResponse) VaadinServletResponse.getCurrent().getResponse()).getCookie(LanguageChoice.COOKIE);
        assertThat(cookie.getValue()).isEqualTo("bn-GB");

        signInAgain(volunteer);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(MessageBundles.BENGALI);
        navigate("directory");
        assertThat(_get(H1.class).getText()).isEqualTo("পার্টনার সংস্থাগুলোর ডিরেক্টরি");
        assertThat(_get(LanguagePicker.class).getValue()).isEqualTo(MessageBundles.BENGALI);
    }

    @Test
    void switchingBackToEnglishIsSavedToo() {
        var officer = signInAs(Role.OFFICER);
        navigate("directory");
        _get(LanguagePicker.class).setValue(MessageBundles.BENGALI);
        _get(LanguagePicker.class).setValue(MessageBundles.ENGLISH);
        assertThat(_get(H1.class).getText()).isEqualTo("Directory of partner organisations");
        signInAgain(officer);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(MessageBundles.ENGLISH);
    }

    @Test
    void theSignInPageSpeaksTheLanguageRememberedOnThisDevice() {
        openSignedOut();
        ((FakeRequest) VaadinServletRequest.getCurrent().getRequest())
                .setCookiesInt(new Cookie[]{new Cookie(LanguageChoice.COOKIE, "bn-GB")});
        languages.applyTo(UI.getCurrent());
        navigate("login");
        assertThat(_get(Paragraph.class).getText()).endsWith("কমিউনিটি সেবা");
        assertThat(_get(LanguagePicker.class).getValue()).isEqualTo(MessageBundles.BENGALI);
    }

    @Test
    void onlyTheOfferedLanguagesCanBeSaved() {
        signInAs(Role.VOLUNTEER);
        assertThatThrownBy(() -> users.setMyLanguage(Locale.FRENCH)).isInstanceOf(InvalidInputException.class);
        assertThat(users.myLanguage()).isEmpty();
    }
}

package org.bridgework.platform.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
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

    /** The shell's picker; the shell itself does not render under Karibu, so the picker stands on its own here. */
    private LanguagePicker picker() {
        var picker = new LanguagePicker(languages);
        UI.getCurrent().add(picker);
        return picker;
    }

    @Test
    void aVolunteerSwitchesTheDirectoryToBengaliAndFindsItSoAtTheNextSignIn() {
        var volunteer = signInAs(Role.VOLUNTEER);
        navigate("directory");
        assertThat(_get(H1.class).getText()).isEqualTo("Directory of partner organisations");

        picker().setValue(MessageBundles.BENGALI);

        assertThat(_get(H1.class).getText()).as("the page is redrawn in Bengali").isEqualTo("পার্টনার সংস্থাগুলোর ডিরেক্টরি");
        assertThat(_get(TextField.class).getLabel()).isEqualTo("খুঁজুন");
        assertThat(users.myLanguage()).contains(MessageBundles.BENGALI);
        var cookie = ((FakeResponse) VaadinServletResponse.getCurrent().getResponse()).getCookie(LanguageChoice.COOKIE);
        assertThat(cookie.getValue()).isEqualTo("bn-GB");

        signInAgain(volunteer);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(MessageBundles.BENGALI);
        navigate("directory");
        assertThat(_get(H1.class).getText()).isEqualTo("পার্টনার সংস্থাগুলোর ডিরেক্টরি");
        assertThat(picker().getValue()).isEqualTo(MessageBundles.BENGALI);
    }

    @Test
    void switchingBackToEnglishIsSavedToo() {
        var officer = signInAs(Role.OFFICER);
        navigate("directory");
        picker().setValue(MessageBundles.BENGALI);
        picker().setValue(MessageBundles.ENGLISH);
        assertThat(_get(H1.class).getText()).isEqualTo("Directory of partner organisations");
        signInAgain(officer);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(MessageBundles.ENGLISH);
    }

    @Test
    void theSignInPageOffersTheLanguagesAndRemembersTheChoiceOnThisDevice() {
        openSignedOut();
        navigate("login");
        _get(LanguagePicker.class).setValue(MessageBundles.BENGALI);
        assertThat(_get(Paragraph.class).getText()).endsWith("কমিউনিটি সেবা");
        var cookie = ((FakeResponse) VaadinServletResponse.getCurrent().getResponse()).getCookie(LanguageChoice.COOKIE);
        assertThat(cookie.getValue()).isEqualTo("bn-GB");

        openSignedOut();
        assertThat(UI.getCurrent().getLocale().getLanguage()).as("a new session without the cookie").isEqualTo("en");
        ((FakeRequest) VaadinServletRequest.getCurrent().getRequest()).setCookiesInt(new Cookie[]{cookie});
        languages.applyTo(UI.getCurrent());
        UI.getCurrent().refreshCurrentRoute(true);
        navigate("login");
        assertThat(_get(Paragraph.class).getText()).endsWith("কমিউনিটি সেবা");
        assertThat(_get(LanguagePicker.class).getValue()).isEqualTo(MessageBundles.BENGALI);
    }

    @Test
    void theCouncilLogoIsDescribedInTheChosenLanguage() {
        openSignedOut();
        navigate("login");
        assertThat(_get(Image.class).getAlt().orElseThrow()).endsWith(" logo");
        _get(LanguagePicker.class).setValue(MessageBundles.BENGALI);
        assertThat(_get(Image.class).getAlt().orElseThrow()).endsWith("-এর লোগো").doesNotContain("logo");
    }

    @Test
    void menuTitlesAreKeysButAPlainTitleIsShownAsItIs() {
        var bundles = context.getBean(MessageBundles.class);
        assertThat(MainLayout.menuTitle(bundles, MessageBundles.ENGLISH, "organisations.menu.directory")).isEqualTo("Directory");
        assertThat(MainLayout.menuTitle(bundles, MessageBundles.BENGALI, "organisations.menu.directory")).isEqualTo("ডিরেক্টরি");
        assertThat(MainLayout.menuTitle(bundles, MessageBundles.BENGALI, "Time Credits")).isEqualTo("Time Credits");
    }

    @Test
    void onlyTheOfferedLanguagesCanBeSaved() {
        signInAs(Role.VOLUNTEER);
        assertThatThrownBy(() -> users.setMyLanguage(Locale.FRENCH)).isInstanceOf(InvalidInputException.class);
        assertThat(users.myLanguage()).isEmpty();
    }
}

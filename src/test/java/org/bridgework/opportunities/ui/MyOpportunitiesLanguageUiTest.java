package org.bridgework.opportunities.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.VaadinSession;
import org.bridgework.TestFixtures;
import org.bridgework.UiTest;
import org.bridgework.platform.MessageBundles;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The volunteer's own opportunities page follows their language; staff pages stay English. */
class MyOpportunitiesLanguageUiTest extends UiTest {

    @Test
    void aBengaliReaderSeesTheirOpportunitiesPageInBengali() {
        openAsVolunteer(MessageBundles.BENGALI);
        assertThat(_get(H1.class).getText()).isEqualTo("আমার জন্য সুযোগ");
        assertThat(_get(MyOpportunitiesView.class).getPageTitle()).isEqualTo("আমার জন্য সুযোগ | Bridgework");
        assertThat(_get(MyOpportunitiesView.class).grid.getColumns().get(4).getHeaderText()).isEqualTo("কীভাবে আবেদন করবেন");
    }

    @Test
    void anEnglishReaderSeesItInEnglish() {
        openAsVolunteer(MessageBundles.ENGLISH);
        assertThat(_get(H1.class).getText()).isEqualTo("Opportunities for me");
        assertThat(_get(MyOpportunitiesView.class).grid.getColumns().get(4).getHeaderText()).isEqualTo("How to apply");
    }

    private void openAsVolunteer(Locale locale) {
        var me = fixtures.resident("Rumana", TestFixtures.unique("Volunteer"));
        signInAs(Role.VOLUNTEER, null, me.id());
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        navigate("my-opportunities");
    }
}

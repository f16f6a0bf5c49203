package org.bridgework.funding.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import org.bridgework.TestFixtures;
import org.bridgework.UiTest;
import org.bridgework.funding.Grant;
import org.bridgework.funding.GrantService;
import org.bridgework.reference.WardDirectory;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class GrantsUiTest extends UiTest {

    @Autowired
    GrantService grants;
    @Autowired
    WardDirectory wards;

    private Grant grant(long recipient, String programme, String title) {
        return new Grant(null, 0, title, "Travel for a school visit.", new BigDecimal("640"), "GBP", LocalDate.of(2025, 9, 10),
                null, null, programme, "GB-LAE-LND", "City of London Corporation", recipient, null, null,
                List.of("E05009288"), null, null);
    }

    @Test
    void theEditorShowsTheAmountMessageBesideTheAmountFieldThenSaves() {
        var school = fixtures.organisation("Prior Weston");
        signInAs(Role.MANAGER);
        navigate("funding/new");
        var editor = _get(GrantEditorView.class);
        assertThat(editor.funderIdentifier.getValue()).isEqualTo("GB-LAE-LND");
        String title = TestFixtures.unique("Year 4 visit to the Barbican ");
        editor.title.setValue(title);
        editor.description.setValue("Coach travel for sixty pupils.");
        editor.recipient.setValue(school);
        editor.programme.setValue("School visits travel fund");
        editor.wards.setValue(Set.of(wards.byCode("E05009288").orElseThrow()));
        _click(editor.save);

        assertThat(editor.amount.isInvalid()).isTrue();
        assertThat(editor.amount.getErrorMessage()).isEqualTo("Enter the amount awarded in pounds, for example 25000 or 1250.50.");
        assertThat(editor.title.isInvalid()).isFalse();

        editor.amount.setValue(new BigDecimal("-3"));
        _click(editor.save);
        assertThat(editor.amount.getErrorMessage()).isEqualTo("The amount awarded must be more than £0.");

        editor.amount.setValue(new BigDecimal("640"));
        _click(editor.save);
        assertThat(_find(GrantsView.class)).hasSize(1);
        assertThat(grants.page(new org.bridgework.funding.GrantFilter("School visits travel fund", school.id(), null, null), 0, 5))
                .extracting(Grant::title).containsExactly(title);
    }

    @Test
    void aStaleEditorExplainsWhatChangedAndSavesNothing() {
        var org = fixtures.organisation("Stale editor");
        signInAs(Role.MANAGER);
        var saved = grants.save(grant(org.id(), TestFixtures.unique("Stale "), "Stale grant"));
        navigate("funding/" + saved.id() + "/edit");
        var editor = _get(GrantEditorView.class);
        grants.save(saved.withAmount(new BigDecimal("700")));

        editor.title.setValue("My edit");
        _click(editor.save);
        assertThat(editor.conflict.isVisible()).isTrue();
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).anySatisfy(t -> assertThat(t).contains("Amount awarded").contains("700"));
        assertThat(grants.find(saved.id()).orElseThrow().title()).isEqualTo("Stale grant");
    }

    @Test
    void aPartnerSeesOnlyItsOwnGrantsAndCannotOpenTheEditor() {
        var other = fixtures.organisation("Another charity");
        signInAs(Role.MANAGER);
        String programme = TestFixtures.unique("Partner scope ");
        var theirs = grants.save(grant(other.id(), programme, "Theirs"));
        var partner = signInAs(Role.PARTNER);
        long own = partner.organisationId().orElseThrow();
        signInAs(Role.MANAGER);
        var ours = grants.save(grant(own, programme, "Ours"));

        signInAs(Role.PARTNER, own, null);
        navigate("funding/" + theirs.id() + "/edit");
        assertThat(_find(GrantEditorView.class)).isEmpty();
        navigate("funding");
        var view = _get(GrantsView.class);
        assertThat(view.recipient.isVisible()).isFalse();
        assertThat(GridKt._fetch(view.grid, 0, 500)).extracting(Grant::id).contains(ours.id()).doesNotContain(theirs.id());

        view.programme.setValue(programme);
        view.prepareExport();
        assertThat(_find(view.exportResult, Anchor.class)).singleElement()
                .satisfies(a -> assertThat(a.getText()).contains("(1 grants)"));
    }
}

package org.bridgework.residents.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.bridgework.audit.AuditEntry;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import org.bridgework.UiTest;
import org.bridgework.residents.AgeBand;
import org.bridgework.residents.ResidentFilter;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ResidentsUiTest extends UiTest {

    @Autowired
    ResidentService residents;

    @Test
    void theGridFiltersByNamePostcodeWardAndAgeBand() {
        signInAs(Role.OFFICER);
        String family = name();
        var young = create("Ivy", family, LocalDate.now().minusYears(8), "EC2Y 8DS", "E05009288");
        var old = create("Otto", family, LocalDate.now().minusYears(80), "EC4M 7AN", "E05009300");
        navigate("residents");
        var view = _get(ResidentsView.class);

        view.name.setValue(family.toLowerCase());
        assertThat(rows(view)).extracting(ResidentSummary::id).containsExactly(young.id(), old.id());
        view.postcode.setValue("ec4m7an");
        assertThat(rows(view)).extracting(ResidentSummary::id).containsExactly(old.id());
        view.postcode.clear();
        view.ward.setValue(view.ward.getListDataView().getItems().filter(w -> w.code().equals("E05009288")).findFirst().orElseThrow());
        assertThat(rows(view)).extracting(ResidentSummary::id).containsExactly(young.id());
        view.ward.clear();
        view.ageBand.setValue(AgeBand.AGE_65_PLUS);
        assertThat(rows(view)).extracting(ResidentSummary::id).containsExactly(old.id());
    }

    @Test
    void eachBadFieldShowsItsMessageBesideIt() {
        signInAs(Role.OFFICER);
        navigate("residents/new");
        var editor = _get(ResidentEditorView.class);
        var f = editor.fields;
        f.legalFamilyName.setValue(name());
        f.email.setValue("not-an-email");
        f.phone.setValue("12");
        f.postcode.setValue("ZZ9");
        _click(editor.save);

        assertThat(f.legalGivenName.isInvalid()).isTrue();
        assertThat(f.legalGivenName.getErrorMessage()).isEqualTo("Enter the resident's first name.");
        assertThat(f.email.isInvalid()).isTrue();
        assertThat(f.email.getErrorMessage()).contains("name@example.com");
        assertThat(f.phone.getErrorMessage()).contains("UK phone number");
        assertThat(f.postcode.getErrorMessage()).contains("real UK postcode");
        assertThat(f.ward.isInvalid()).isTrue();
        assertThat(f.legalFamilyName.isInvalid()).isFalse();
    }

    @Test
    void aNewPersonWhoMayAlreadyBeOnRecordIsShownFirst() {
        signInAs(Role.OFFICER);
        String given = name();
        String family = name();
        var dob = LocalDate.of(1970, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(10_000));
        var existing = create(given, family, dob, "EC2Y 8DS", "E05009288");
        navigate("residents/new");
        var editor = _get(ResidentEditorView.class);
        // first and last name the wrong way round: the same person
        editor.fields.legalGivenName.setValue(family);
        editor.fields.legalFamilyName.setValue(given);
        editor.fields.dateOfBirth.setValue(dob);
        editor.fields.ward.setValue("E05009288");
        _click(editor.save);

        assertThat(editor.duplicates.isVisible()).isTrue();
        _get(editor.duplicates, Button.class, s -> s.withText("Open this record"));
        assertThat(byFamily(family)).extracting(ResidentSummary::id).containsExactly(existing.id());
        assertThat(byFamily(given)).isEmpty();

        _click(_get(editor.duplicates, Button.class, s -> s.withText("None of these: create a new record")));
        assertThat(byFamily(given)).hasSize(1);
        assertThat(byFamily(family)).hasSize(1);
    }

    @Test
    void anEditThatCrossesSomeoneElsesShowsWhatChangedAndKeepsWhatWasTyped() {
        signInAs(Role.OFFICER);
        var resident = create("Nia", name(), LocalDate.of(1990, 3, 3), "EC2Y 8DS", "E05009288");
        navigate("residents/" + resident.id() + "/edit");
        var editor = _get(ResidentEditorView.class);
        var theirs = residents.open(resident.id()).orElseThrow();
        residents.update(new ResidentForm(theirs.id(), theirs.version(), theirs.legalGivenName(), theirs.legalFamilyName(),
                null, theirs.dateOfBirth(), "020 7946 0111", null, null, null, "London", theirs.postcode(),
                theirs.wardCode(), null, null, "English", false, null, null, null, null));

        editor.fields.phone.setValue("020 7946 0222");
        _click(editor.save);

        assertThat(editor.conflict.isVisible()).isTrue();
        assertThat(_find(editor.conflict, Paragraph.class)).extracting(Paragraph::getText)
                .contains("Phone: you entered '020 7946 0222', the saved record now has '020 7946 0111'.");
        assertThat(editor.fields.phone.getValue()).isEqualTo("020 7946 0222");
        assertThat(residents.open(resident.id()).orElseThrow().phone()).isEqualTo("020 7946 0111");

        _click(_get(editor.conflict, Button.class, s -> s.withText("Save my version over theirs")));
        assertThat(residents.open(resident.id()).orElseThrow().phone()).isEqualTo("020 7946 0222");
    }

    @Test
    void aPartnerIsRefusedAResidentByAddress() {
        var resident = fixtures.resident("Rafa", name());
        signInAs(Role.PARTNER);
        navigate("residents/" + resident.id());
        assertThat(_find(ResidentPageView.class)).isEmpty();
        assertThat(_find(H1.class)).extracting(H1::getText).contains("You do not have access to this page");
        navigate("residents");
        assertThat(_find(ResidentsView.class)).isEmpty();
    }

    @Test
    void theResidentPageShowsTheHistoryTabToAdministratorsOnly() {
        var resident = fixtures.resident("Hana", name());
        signInAs(Role.ADMIN);
        navigate("residents/" + resident.id());
        assertThat(_find(H1.class)).extracting(H1::getText).contains("Hana " + resident.displayName().split(" ")[1]);
        assertThat(_find(Tab.class)).extracting(Tab::getLabel).contains("Household", "History");
        var page = _get(ResidentPageView.class);
        assertThat(_find(page, Grid.class, s -> s.withId("resident-history"))).isEmpty();
        page.tabs.setSelectedTab(_find(Tab.class).stream().filter(t -> "History".equals(t.getLabel())).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> history = _get(page, Grid.class, s -> s.withId("resident-history"));
        assertThat(GridKt._fetch(history, 0, 50)).extracting(AuditEntry::action).contains("VIEW", "CREATE");

        signInAs(Role.OFFICER);
        navigate("residents/" + resident.id());
        assertThat(_find(Tab.class)).extracting(Tab::getLabel).contains("Household").doesNotContain("History");
        navigate("residents/import");
        assertThat(_find(ResidentImportView.class)).isEmpty();
    }

    @Test
    void anUnknownResidentShowsNotFound() {
        signInAs(Role.OFFICER);
        navigate("residents/999999999");
        assertThat(_find(H1.class)).extracting(H1::getText).contains("Page not found");
    }

    private ResidentSummary create(String given, String family, LocalDate dob, String postcode, String ward) {
        return SystemUser.call(() -> residents.create(new ResidentForm(null, 0, given, family, null, dob, null, null,
                null, null, "London", postcode, ward, null, null, "English", false, null, null, null, null)));
    }

    private java.util.List<ResidentSummary> byFamily(String family) {
        return SystemUser.call(() -> residents.search(new ResidentFilter(family, null, null, null), 0, 20)).stream()
                .filter(r -> r.displayName().endsWith(" " + family)).toList();
    }

    private static java.util.List<ResidentSummary> rows(ResidentsView view) {
        return GridKt._fetch(view.grid, 0, 100);
    }

    static String name() {
        String letters = "bdfgklmnprstvz";
        String vowels = "aeiou";
        var random = ThreadLocalRandom.current();
        var sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            sb.append(letters.charAt(random.nextInt(letters.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1) + "k";
    }
}

package org.bridgework.activities.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import org.bridgework.UiTest;
import org.bridgework.activities.ActivityService;
import org.bridgework.activities.BookingService;
import org.bridgework.activities.Mark;
import org.bridgework.activities.RegisterLine;
import org.bridgework.activities.RegisterService;
import org.bridgework.activities.StrategyService;
import org.bridgework.activities.TestActivities;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class SessionRegisterUiTest extends UiTest {

    private static final int PEOPLE = 50;

    @Autowired
    ActivityService activities;
    @Autowired
    StrategyService strategy;
    @Autowired
    BookingService bookings;
    @Autowired
    RegisterService registers;

    @Test
    void aRegisterOfFiftyIsMarkedWithMarkAllPresentAndOneTapPerException() {
        signInAs(Role.OFFICER);
        long session = TestActivities.session(activities, TestActivities.activity(activities, strategy,
                fixtures.organisation("Centre").id(), PEOPLE, false), LocalDate.of(2026, 11, 18));
        for (int i = 0; i < PEOPLE; i++) {
            bookings.book(session, fixtures.resident("Reg", "Person" + String.format("%02d", i)).id());
        }

        navigate("sessions/" + session);
        var view = _get(SessionRegisterView.class);
        assertThat(view.rows).hasSize(PEOPLE);
        _click(_get(Button.class, spec -> spec.withText("Mark all present")));
        var absentButtons = _find(Button.class, spec -> spec.withText("Absent"));
        var lateButtons = _find(Button.class, spec -> spec.withText("Late"));
        assertThat(absentButtons).hasSize(PEOPLE);
        _click(absentButtons.get(0));
        _click(lateButtons.get(1));
        assertThat(absentButtons.get(0).getElement().getAttribute("aria-pressed")).isEqualTo("true");
        _click(_get(Button.class, spec -> spec.withText("Save register")));

        var saved = registers.register(session).lines();
        assertThat(saved).hasSize(PEOPLE);
        assertThat(saved.stream().filter(l -> l.mark() == Mark.PRESENT)).hasSize(PEOPLE - 2);
        assertThat(saved).filteredOn(l -> l.residentId() == view.rows.values().stream().toList().get(0).residentId)
                .extracting(RegisterLine::mark).containsExactly(Mark.ABSENT);
        assertThat(saved).filteredOn(l -> l.residentId() == view.rows.values().stream().toList().get(1).residentId)
                .extracting(RegisterLine::mark).containsExactly(Mark.LATE);

        // saving the same register again changes nothing
        _click(_get(Button.class, spec -> spec.withText("Save register")));
        assertThat(registers.save(session, saved.stream()
                .map(l -> new org.bridgework.activities.RegisterMark(l.residentId(), l.mark(), l.accompaniedById())).toList())).isZero();
    }

    @Test
    void aPartnerOpeningAnotherOrganisationsSessionByAddressIsShownNotFound() {
        long mine = fixtures.organisation("Mine").id();
        signInAs(Role.OFFICER);
        long theirs = TestActivities.session(activities, TestActivities.activity(activities, strategy,
                fixtures.organisation("Theirs").id(), 10, false), LocalDate.of(2026, 11, 19));
        long own = TestActivities.session(activities, TestActivities.activity(activities, strategy, mine, 10, false),
                LocalDate.of(2026, 11, 19));

        signInAs(Role.PARTNER, mine, null);
        navigate("sessions/" + theirs);
        assertThat(_find(SessionRegisterView.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");

        navigate("sessions/" + own);
        _get(SessionRegisterView.class);
    }

    @Test
    void onlyAdministratorsOpenTheStrategyPage() {
        signInAs(Role.OFFICER);
        navigate("admin/strategy");
        assertThat(_find(StrategyAdminView.class)).isEmpty();
        signInAs(Role.ADMIN);
        navigate("admin/strategy");
        var view = _get(StrategyAdminView.class);
        assertThat(view.grids.get(org.bridgework.activities.StrategyKind.OUTCOME).getGenericDataView().getItems()
                .map(org.bridgework.activities.StrategyItem::name))
                .contains("Everyone can develop the skills and talent they need to thrive",
                        "We role model and enable social mobility in the way we operate");
    }
}

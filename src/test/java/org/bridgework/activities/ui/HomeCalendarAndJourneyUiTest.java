package org.bridgework.activities.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import org.bridgework.UiTest;
import org.bridgework.activities.ActivityService;
import org.bridgework.activities.BookingService;
import org.bridgework.activities.ResidentSessionLine;
import org.bridgework.activities.StrategyService;
import org.bridgework.activities.TestActivities;
import org.bridgework.residents.ResidentJourneyTab;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class HomeCalendarAndJourneyUiTest extends UiTest {

    @Autowired
    ActivityService activities;
    @Autowired
    StrategyService strategy;
    @Autowired
    BookingService bookings;
    @Autowired
    List<ResidentJourneyTab> tabs;

    @Test
    void todaysSessionsAppearOnTheOfficersHomePageAndInTheCalendar() {
        signInAs(Role.OFFICER);
        long activity = TestActivities.activity(activities, strategy, fixtures.organisation("Org").id(), null, false);
        String title = activities.form(activity).orElseThrow().title();
        // at 07:00, before any generated session, since the home card lists only the day's first dozen
        long session = activities.schedule(activity, org.bridgework.activities.Recurrence.once(
                LocalDate.now(ZoneId.of("Europe/London")), java.time.LocalTime.of(7, 0), 60)).getFirst();

        navigate("");
        assertThat(_find(Anchor.class)).anySatisfy(a -> {
            assertThat(a.getText()).contains(title);
            assertThat(a.getHref()).isEqualTo("sessions/" + session);
        });
        navigate("calendar");
        _get(CalendarView.class);
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).anySatisfy(t -> assertThat(t).contains(title));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJourneyTabListsTheSessionsAResidentBooked() {
        signInAs(Role.OFFICER);
        long session = TestActivities.session(activities, TestActivities.activity(activities, strategy,
                fixtures.organisation("Org").id(), null, false), LocalDate.of(2026, 10, 1));
        long resident = fixtures.resident("Jo", "Journey").id();
        bookings.book(session, resident);
        var tab = tabs.stream().filter(t -> t instanceof ActivitiesJourneyTab).findFirst().orElseThrow();

        UI.getCurrent().add(tab.create(resident));

        var grid = (Grid<ResidentSessionLine>) _find(Grid.class).getFirst();
        assertThat(grid.getGenericDataView().getItems()).extracting(l -> l.session().id()).containsExactly(session);
        assertThat(_find(com.vaadin.flow.component.button.Button.class)).extracting(b -> b.getText()).contains("Record a connection");
    }
}

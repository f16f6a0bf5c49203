package org.bridgework.activities.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.activities.ActivityService;
import org.bridgework.activities.SessionSummary;
import org.bridgework.security.Access;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Sessions by day for a week or a month: a plain list under a heading per day, which screen readers
 * and phones handle far better than a grid of boxes.
 */
@Route("calendar")
@Menu(order = 21, icon = "vaadin:calendar", title = "activities.menu.calendar")
@RolesAllowed({Access.ADMIN, Access.MANAGER, Access.OFFICER, Access.FAMILY_WORKER, Access.PARTNER})
class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_SESSIONS = 1000;

    private final ActivityService activities;
    final RadioButtonGroup<String> span = new RadioButtonGroup<>(getTranslation("activities.calendar.show"));
    final H2 period = new H2();
    final VerticalLayout days = new VerticalLayout();
    private LocalDate anchor = LocalDate.now();

    CalendarView(ActivityService activities) {
        this.activities = activities;
        span.setItems(getTranslation("activities.calendar.week"), getTranslation("activities.calendar.month"));
        span.setValue(getTranslation("activities.calendar.week"));
        span.addValueChangeListener(e -> refresh());
        var previous = new Button(getTranslation("activities.calendar.previous"), e -> move(-1));
        previous.setAriaLabel(getTranslation("activities.calendar.previousWeekOrMonth"));
        var today = new Button(getTranslation("activities.calendar.today"), e -> {
            anchor = LocalDate.now();
            refresh();
        });
        var next = new Button(getTranslation("activities.calendar.next"), e -> move(1));
        next.setAriaLabel(getTranslation("activities.calendar.nextWeekOrMonth"));
        var bar = new HorizontalLayout(span, previous, today, next);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        days.setPadding(false);
        add(new H1(getTranslation("activities.calendar.calendar")), bar, period, days);
        refresh();
    }

    private boolean week() {
        return getTranslation("activities.calendar.week").equals(span.getValue());
    }

    private void move(int direction) {
        anchor = week() ? anchor.plusWeeks(direction) : anchor.plusMonths(direction);
        refresh();
    }

    void refresh() {
        LocalDate from = week() ? anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : anchor.withDayOfMonth(1);
        LocalDate to = week() ? from.plusDays(6) : anchor.with(TemporalAdjusters.lastDayOfMonth());
        period.setText(getTranslation("activities.calendar.period", Labels.day(from), Labels.day(to)));
        var byDay = activities.between(from, to, MAX_SESSIONS).stream()
                .collect(Collectors.groupingBy(SessionSummary::date, LinkedHashMap::new, Collectors.toList()));
        days.removeAll();
        if (byDay.isEmpty()) {
            days.add(new Paragraph(getTranslation("activities.calendar.noSessionsInThisPeriod")));
        }
        byDay.forEach((day, list) -> days.add(day(day, list)));
    }

    private Section day(LocalDate day, List<SessionSummary> list) {
        var heading = new com.vaadin.flow.component.html.H3(Labels.day(day) + (day.equals(LocalDate.now()) ? getTranslation("activities.calendar.todaySuffix") : ""));
        var items = new UnorderedList();
        items.addClassName("calendar-day");
        for (SessionSummary s : list) {
            var link = new Anchor("sessions/" + s.id(), s.startTime() + "–" + s.endTime() + " " + s.title());
            var detail = new Span(" " + (s.venue() == null ? "" : s.venue())
                    + (s.cancelled() ? getTranslation("activities.calendar.cancelled") : s.dropIn() ? getTranslation("activities.calendar.dropIn")
                    : s.capacity() == null ? "" : getTranslation("activities.calendar.placesTaken", s.booked(), s.capacity())));
            items.add(new ListItem(link, detail));
        }
        var section = new Section(heading, items);
        section.getElement().setAttribute("aria-label", Labels.day(day));
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activities.calendar.pageTitle");
    }
}

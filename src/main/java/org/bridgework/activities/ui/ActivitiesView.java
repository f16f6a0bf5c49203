package org.bridgework.activities.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.activities.ActivityForm;
import org.bridgework.activities.ActivityService;
import org.bridgework.activities.ActivitySummary;
import org.bridgework.activities.QuickLogService;
import org.bridgework.activities.SessionSummary;
import org.bridgework.activities.StrategyService;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.reference.WardDirectory;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.Access;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.CurrentUser;

@Route("activities")
@PageTitle("Activities | Bridgework")
@Menu(order = 20, icon = "vaadin:calendar-user", title = "Activities")
@RolesAllowed({Access.ADMIN, Access.MANAGER, Access.OFFICER, Access.FAMILY_WORKER, Access.PARTNER})
class ActivitiesView extends VerticalLayout {

    private final ActivityService activities;
    private final StrategyService strategy;
    private final OrganisationService organisations;
    private final WardDirectory wards;
    private final BridgeworkUser user;
    private final Labels labels;
    final TextField search = new TextField("Find an activity");
    final Grid<ActivitySummary> grid = new Grid<>();
    final Grid<SessionSummary> sessions = new Grid<>();
    private final H2 sessionsTitle = new H2("Sessions");

    ActivitiesView(ActivityService activities, StrategyService strategy, OrganisationService organisations,
                   WardDirectory wards, QuickLogService quickLog, ResidentService residents, CurrentUser currentUser) {
        this.activities = activities;
        this.strategy = strategy;
        this.organisations = organisations;
        this.wards = wards;
        this.user = currentUser.require();
        this.labels = new Labels(organisations);
        setSizeFull();
        search.setPlaceholder("Name of the activity");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var add = new Button("New activity", e -> edit(ActivityForm.blank()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new HorizontalLayout(search, add);
        if (!user.isPartner()) {
            toolbar.add(new Button("Log an activity", e -> new QuickLogDialog(quickLog, strategy, organisations, wards, residents,
                    grid.getDataProvider()::refreshAll).open()));
        }
        toolbar.add(new Anchor("calendar", "Calendar"));
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(ActivitySummary::title).setHeader("Activity").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(ActivitySummary::type).setHeader("Type").setAutoWidth(true);
        grid.addColumn(a -> labels.organisation(a.deliveringOrgId())).setHeader("Delivered by").setAutoWidth(true);
        grid.addColumn(a -> a.venue() == null ? "" : a.venue()).setHeader("Venue");
        grid.addColumn(a -> a.capacity() == null ? "No limit" : String.valueOf(a.capacity())).setHeader("Places");
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        grid.setItems(q -> activities.page(search.getValue(), q.getOffset(), q.getLimit()).stream());
        grid.setAriaLabel("Activities");
        grid.addSelectionListener(e -> showSessions(e.getFirstSelectedItem().orElse(null)));

        sessions.addColumn(s -> Labels.SHORT_DAY.format(s.date())).setHeader("Date").setAutoWidth(true);
        sessions.addColumn(s -> s.startTime() + "–" + s.endTime()).setHeader("Time").setAutoWidth(true);
        sessions.addColumn(s -> s.cancelled() ? "Cancelled" : s.capacity() == null ? s.booked() + " booked"
                : s.booked() + " of " + s.capacity() + " booked" + (s.waiting() > 0 ? ", " + s.waiting() + " waiting" : "")).setHeader("Places");
        sessions.addComponentColumn(s -> new Anchor("sessions/" + s.id(), "Open register")).setHeader("Register");
        sessions.setAriaLabel("Sessions of the selected activity");
        sessions.setVisible(false);
        sessionsTitle.setVisible(false);
        add(new H1("Activities"), toolbar, grid, sessionsTitle, sessions);
    }

    private HorizontalLayout actions(ActivitySummary a) {
        var edit = new Button("Edit", e -> activities.form(a.id()).ifPresent(this::edit));
        edit.setAriaLabel("Edit " + a.title());
        var schedule = new Button("Add sessions", e -> new ScheduleDialog(activities, a, () -> showSessions(a)).open());
        schedule.setAriaLabel("Add sessions to " + a.title());
        return new HorizontalLayout(edit, schedule);
    }

    private void edit(ActivityForm form) {
        new ActivityDialog(activities, strategy, organisations, wards, user, form, grid.getDataProvider()::refreshAll).open();
    }

    private void showSessions(ActivitySummary a) {
        sessions.setVisible(a != null);
        sessionsTitle.setVisible(a != null);
        if (a != null) {
            sessionsTitle.setText("Sessions: " + a.title());
            sessions.setItems(q -> activities.sessionsOf(a.id(), q.getOffset(), q.getLimit()).stream());
        }
    }
}

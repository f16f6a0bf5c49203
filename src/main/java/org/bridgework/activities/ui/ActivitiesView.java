package org.bridgework.activities.ui;

import org.bridgework.platform.ui.GridRows;
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
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(order = 20, icon = "vaadin:calendar-user", title = "activities.menu.activities")
@RolesAllowed({Access.ADMIN, Access.MANAGER, Access.OFFICER, Access.FAMILY_WORKER, Access.PARTNER})
class ActivitiesView extends VerticalLayout implements HasDynamicTitle {

    private final ActivityService activities;
    private final StrategyService strategy;
    private final OrganisationService organisations;
    private final WardDirectory wards;
    private final BridgeworkUser user;
    private final Labels labels;
    final TextField search = new TextField(getTranslation("activities.activities.findAnActivity"));
    final Grid<ActivitySummary> grid = new Grid<>();
    final Grid<SessionSummary> sessions = new Grid<>();
    private final H2 sessionsTitle = new H2(getTranslation("activities.activities.sessions"));

    ActivitiesView(ActivityService activities, StrategyService strategy, OrganisationService organisations,
                   WardDirectory wards, QuickLogService quickLog, ResidentService residents, CurrentUser currentUser) {
        this.activities = activities;
        this.strategy = strategy;
        this.organisations = organisations;
        this.wards = wards;
        this.user = currentUser.require();
        this.labels = new Labels(organisations);
        setSizeFull();
        search.setPlaceholder(getTranslation("activities.activities.nameOfTheActivity"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var add = new Button(getTranslation("activities.activities.newActivity"), e -> edit(ActivityForm.blank()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new HorizontalLayout(search, add);
        if (!user.isPartner()) {
            toolbar.add(new Button(getTranslation("activities.activities.logAnActivity"), e -> new QuickLogDialog(quickLog, strategy, organisations, wards, residents,
                    grid.getDataProvider()::refreshAll).open()));
        }
        toolbar.add(new Anchor("calendar", getTranslation("activities.activities.calendar")));
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(ActivitySummary::title).setHeader(getTranslation("activities.activities.activity")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(ActivitySummary::type).setHeader(getTranslation("activities.activities.type")).setAutoWidth(true);
        grid.addColumn(a -> labels.organisation(a.deliveringOrgId())).setHeader(getTranslation("activities.activities.deliveredBy")).setAutoWidth(true);
        grid.addColumn(a -> a.venue() == null ? "" : a.venue()).setHeader(getTranslation("activities.activities.venue"));
        grid.addColumn(a -> a.capacity() == null ? getTranslation("activities.activities.noLimit") : String.valueOf(a.capacity())).setHeader(getTranslation("activities.activities.places"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("activities.activities.actions")).setAutoWidth(true);
        grid.setItems(q -> activities.page(search.getValue(), q.getOffset(), q.getLimit()).stream());
        grid.setAriaLabel(getTranslation("activities.activities.activities"));
        grid.addSelectionListener(e -> showSessions(e.getFirstSelectedItem().orElse(null)));

        sessions.addColumn(s -> Labels.shortDay(s.date())).setHeader(getTranslation("activities.activities.date")).setAutoWidth(true);
        sessions.addColumn(s -> s.startTime() + "–" + s.endTime()).setHeader(getTranslation("activities.activities.time")).setAutoWidth(true);
        sessions.addColumn(s -> s.cancelled() ? getTranslation("activities.activities.cancelled") : s.capacity() == null ? getTranslation("activities.activities.booked", s.booked())
                : getTranslation("activities.activities.bookedOf", s.booked(), s.capacity())
                + (s.waiting() > 0 ? getTranslation("activities.activities.waiting", s.waiting()) : "")).setHeader(getTranslation("activities.activities.places"));
        sessions.addComponentColumn(s -> new Anchor("sessions/" + s.id(), getTranslation("activities.activities.openRegister"))).setHeader(getTranslation("activities.activities.register"));
        GridRows.openOnActivate(sessions, s -> getUI().ifPresent(ui -> ui.navigate("sessions/" + s.id())));
        sessions.setAriaLabel(getTranslation("activities.activities.sessionsOfTheSelectedActivity"));
        sessions.setVisible(false);
        sessionsTitle.setVisible(false);
        add(new H1(getTranslation("activities.activities.activities")), toolbar, grid, sessionsTitle, sessions);
    }

    private HorizontalLayout actions(ActivitySummary a) {
        var edit = new Button(getTranslation("activities.activities.edit"), e -> activities.form(a.id()).ifPresent(this::edit));
        edit.setAriaLabel(getTranslation("activities.activities.editAria", a.title()));
        var schedule = new Button(getTranslation("activities.activities.addSessions"), e -> new ScheduleDialog(activities, a, () -> showSessions(a)).open());
        schedule.setAriaLabel(getTranslation("activities.activities.scheduleAria", a.title()));
        return new HorizontalLayout(edit, schedule);
    }

    private void edit(ActivityForm form) {
        new ActivityDialog(activities, strategy, organisations, wards, user, form, grid.getDataProvider()::refreshAll).open();
    }

    private void showSessions(ActivitySummary a) {
        sessions.setVisible(a != null);
        sessionsTitle.setVisible(a != null);
        if (a != null) {
            sessionsTitle.setText(getTranslation("activities.activities.sessionsOf", a.title()));
            sessions.setItems(q -> activities.sessionsOf(a.id(), q.getOffset(), q.getLimit()).stream());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activities.activities.pageTitle");
    }
}

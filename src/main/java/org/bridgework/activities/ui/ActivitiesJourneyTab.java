package org.bridgework.activities.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.bridgework.activities.ActivityService;
import org.bridgework.platform.ui.GridRows;
import org.bridgework.activities.ConnectionDetails;
import org.bridgework.activities.ConnectionService;
import org.bridgework.activities.RegisterService;
import org.bridgework.activities.ResidentSessionLine;
import org.bridgework.residents.ResidentJourneyTab;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.CurrentUser;
import org.bridgework.security.Role;

/** Every session a resident booked or attended (partners: only their own), and Community Builders connections. */
@org.springframework.stereotype.Component
class ActivitiesJourneyTab implements ResidentJourneyTab {

    private static final int LIMIT = 200;

    private final RegisterService registers;
    private final ConnectionService connections;
    private final ActivityService activities;
    private final CurrentUser currentUser;

    ActivitiesJourneyTab(RegisterService registers, ConnectionService connections, ActivityService activities,
                         CurrentUser currentUser) {
        this.registers = registers;
        this.connections = connections;
        this.activities = activities;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String title() {
        return I18NProvider.translate("activities.activitiesJourneyTab.activities");
    }

    @Override
    public boolean isVisibleTo(BridgeworkUser user) {
        return !user.isVolunteer();
    }

    @Override
    public Component create(long residentId) {
        var grid = new Grid<ResidentSessionLine>();
        grid.addColumn(l -> Labels.shortDay(l.session().date()) + " " + l.session().date().getYear()).setHeader(I18NProvider.translate("activities.activitiesJourneyTab.date")).setAutoWidth(true);
        grid.addComponentColumn(l -> new Anchor("sessions/" + l.session().id(), l.session().title())).setHeader(I18NProvider.translate("activities.activitiesJourneyTab.session")).setFlexGrow(1);
        grid.addColumn(l -> l.booking() == null ? I18NProvider.translate("activities.activitiesJourneyTab.walkIn") : switch (l.booking()) {
            case BOOKED -> I18NProvider.translate("activities.activitiesJourneyTab.booked");
            case WAITING -> I18NProvider.translate("activities.activitiesJourneyTab.waitingList");
            case CANCELLED -> I18NProvider.translate("activities.activitiesJourneyTab.cancelled");
        }).setHeader(I18NProvider.translate("activities.activitiesJourneyTab.booking")).setAutoWidth(true);
        grid.addColumn(l -> l.mark() == null ? "" : Texts.label(l.mark())).setHeader(I18NProvider.translate("activities.activitiesJourneyTab.attendance")).setAutoWidth(true);
        GridRows.openOnActivate(grid, l -> grid.getUI().ifPresent(ui -> ui.navigate("sessions/" + l.session().id())));
        grid.setItems(registers.journey(residentId, LIMIT));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(I18NProvider.translate("activities.activitiesJourneyTab.sessionsBookedOrAttended"));
        var layout = new VerticalLayout(new H3(I18NProvider.translate("activities.activitiesJourneyTab.sessions")), grid);
        layout.setPadding(false);
        if (currentUser.get().filter(u -> u.hasRole(Role.ADMIN, Role.MANAGER, Role.OFFICER)).isPresent()) {
            var list = new Grid<ConnectionDetails>();
            list.addColumn(ConnectionDetails::connectedOn).setHeader(I18NProvider.translate("activities.activitiesJourneyTab.connectedOn")).setAutoWidth(true);
            list.addColumn(ConnectionDetails::connectedTo).setHeader(I18NProvider.translate("activities.activitiesJourneyTab.connectedTo")).setFlexGrow(1);
            list.addColumn(ConnectionDetails::builder).setHeader(I18NProvider.translate("activities.activitiesJourneyTab.communityBuilder")).setAutoWidth(true);
            list.addColumn(c -> isolation(c.isolationAtFirst()) + " → " + isolation(c.isolationAtReview())).setHeader(I18NProvider.translate("activities.activitiesJourneyTab.isolationFirstReview"));
            list.addComponentColumn(c -> new Button(I18NProvider.translate("activities.activitiesJourneyTab.review"), e -> new ConnectionDialog(connections, activities, residentId, c,
                    () -> list.setItems(connections.forResident(residentId))).open())).setHeader(I18NProvider.translate("activities.activitiesJourneyTab.actions"));
            list.setItems(connections.forResident(residentId));
            list.setAllRowsVisible(true);
            list.setAriaLabel(I18NProvider.translate("activities.activitiesJourneyTab.communityBuildersConnections"));
            var add = new Button(I18NProvider.translate("activities.activitiesJourneyTab.recordAConnection"), e -> new ConnectionDialog(connections, activities, residentId, null,
                    () -> list.setItems(connections.forResident(residentId))).open());
            layout.add(new H3(I18NProvider.translate("activities.activitiesJourneyTab.communityBuildersConnections")), add, list);
        }
        return layout;
    }

    private static String isolation(Integer v) {
        return v == null ? "–" : v + "/5";
    }
}

package org.bridgework.residents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import org.bridgework.audit.AuditEntry;
import org.bridgework.audit.AuditQuery;
import org.bridgework.audit.AuditTrail;
import org.bridgework.residents.ResidentJourneyTab;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.Role;

/** Who looked at or changed this person's data, and when: administrators only, as the audit trail is. */
@org.springframework.stereotype.Component
class HistoryTab implements ResidentJourneyTab {

    private final AuditTrail audit;

    HistoryTab(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public String title() {
        return "residents.history.title";
    }

    @Override
    public boolean isVisibleTo(BridgeworkUser user) {
        return user.hasRole(Role.ADMIN);
    }

    @Override
    public Component create(long residentId) {
        var grid = new Grid<AuditEntry>();
        grid.addColumn(e -> Dates.when(e.occurredAt())).setHeader(grid.getTranslation("residents.history.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(grid.getTranslation("residents.history.who")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(grid.getTranslation("residents.history.what")).setAutoWidth(true);
        grid.addColumn(AuditEntry::subjectType).setHeader(grid.getTranslation("residents.history.record")).setAutoWidth(true);
        grid.addColumn(e -> e.details() == null ? "" : e.details())
                .setHeader(grid.getTranslation("residents.history.details")).setFlexGrow(1);
        grid.setItems(q -> audit.search(AuditQuery.forResident(residentId), q.getOffset(), q.getLimit()).stream());
        grid.setAriaLabel(grid.getTranslation("residents.history.grid"));
        grid.setId("resident-history");
        grid.setHeight("24rem");
        return grid;
    }
}

package org.bridgework.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.audit.AuditEntry;
import org.bridgework.audit.AuditQuery;
import org.bridgework.audit.AuditTrail;
import org.bridgework.security.Access;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

@Route("admin/audit")
@PageTitle("Audit trail | Bridgework")
@Menu(order = 91, icon = "vaadin:eye", title = "Audit trail")
@RolesAllowed(Access.ADMIN)
class AuditLogView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss").withZone(ZoneId.of("Europe/London"));

    AuditLogView(AuditTrail trail) {
        setSizeFull();
        var actor = new TextField("User");
        var resident = new IntegerField("Resident record number");
        var from = new DatePicker("From");
        var to = new DatePicker("To");
        var grid = new Grid<AuditEntry>();
        grid.setAriaLabel("Audit entries");
        grid.addColumn(e -> WHEN.format(e.occurredAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader("User").setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader("Action");
        grid.addColumn(e -> e.subjectType() + (e.subjectId() == null ? "" : " " + e.subjectId())).setHeader("Record");
        grid.addColumn(AuditEntry::clientAddress).setHeader("From");
        grid.addColumn(AuditEntry::details).setHeader("Details").setFlexGrow(3);
        grid.setItems(q -> trail.search(new AuditQuery(actor.getValue(), null,
                resident.getValue() == null ? null : resident.getValue().longValue(), from.getValue(), to.getValue()),
                q.getOffset(), q.getLimit()).stream());
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        resident.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var filters = new HorizontalLayout(actor, resident, from, to);
        filters.setWrap(true);
        add(new H1("Audit trail"), filters, grid);
    }
}

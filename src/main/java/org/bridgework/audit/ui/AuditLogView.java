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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.audit.AuditEntry;
import org.bridgework.audit.AuditQuery;
import org.bridgework.audit.AuditTrail;
import org.bridgework.platform.ui.LocalDatePickers;
import org.bridgework.platform.ui.LocalFormats;
import org.bridgework.security.Access;


@Route("admin/audit")
@Menu(order = 91, icon = "vaadin:eye", title = "audit.menu.audit-trail")
@RolesAllowed(Access.ADMIN)
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    AuditLogView(AuditTrail trail) {
        setSizeFull();
        var actor = new TextField(getTranslation("audit.log.user"));
        var resident = new IntegerField(getTranslation("audit.log.resident"));
        var from = new DatePicker(getTranslation("audit.log.from-date"));
        LocalDatePickers.localise(from);
        var to = new DatePicker(getTranslation("audit.log.to-date"));
        LocalDatePickers.localise(to);
        var grid = new Grid<AuditEntry>();
        grid.setAriaLabel(getTranslation("audit.log.grid"));
        grid.addColumn(e -> LocalFormats.dateTime(e.occurredAt(), getLocale())).setHeader(getTranslation("audit.log.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.log.user")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.log.action"));
        grid.addColumn(e -> e.subjectType() + (e.subjectId() == null ? "" : " " + e.subjectId()))
                .setHeader(getTranslation("audit.log.record"));
        grid.addColumn(AuditEntry::clientAddress).setHeader(getTranslation("audit.log.address"));
        grid.addColumn(AuditEntry::details).setHeader(getTranslation("audit.log.details")).setFlexGrow(3);
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
        add(new H1(getTranslation("audit.log.heading")), filters, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.log.title");
    }
}

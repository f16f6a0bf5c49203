package org.bridgework.timecredits.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.reference.WardDirectory;
import org.bridgework.security.Access;
import org.bridgework.timecredits.CreditReportService;
import org.bridgework.timecredits.HoursService;
import org.bridgework.timecredits.ReportRow;

/** Officers and managers: log hours, decide claims, and the programme's figures. */
@Route("timecredits")
@PageTitle("Time Credits | Bridgework")
@Menu(order = 31, icon = "vaadin:coin-piles", title = "Time Credits")
@RolesAllowed({Access.ADMIN, Access.MANAGER, Access.OFFICER})
class TimeCreditsView extends VerticalLayout {

    final Grid<ReportRow> byPartner = new Grid<>();
    final Grid<ReportRow> byWard = new Grid<>();
    final Paragraph outstanding = new Paragraph();

    TimeCreditsView(HoursService hours, OrganisationService organisations, CreditReportService reports, WardDirectory wards) {
        add(new H1("Time Credits"));
        add(new H2("Log volunteering hours"), new LogHoursForm(hours, organisations, true, () -> refresh(reports, wards)));
        add(new H2("Claims waiting for approval"), new PendingClaims(hours, () -> refresh(reports, wards)));
        byPartner.addColumn(ReportRow::month).setHeader("Month").setAutoWidth(true);
        byPartner.addColumn(ReportRow::organisationName).setHeader("Partner").setFlexGrow(1);
        figures(byPartner);
        byPartner.setAriaLabel("Figures by partner and month");
        byWard.addColumn(r -> r.wardCode() == null ? "Unknown" : wards.byCode(r.wardCode()).map(w -> w.name()).orElse(r.wardCode()))
                .setHeader("Ward").setFlexGrow(1);
        figures(byWard);
        byWard.addColumn(ReportRow::outstanding).setHeader("Outstanding").setAutoWidth(true);
        byWard.setAriaLabel("Figures by ward");
        add(new H2("Programme figures"), outstanding, new H2("By partner and month"), byPartner, new H2("By ward"), byWard);
        refresh(reports, wards);
    }

    private static void figures(Grid<ReportRow> grid) {
        grid.addColumn(r -> HoursGrid.duration((int) r.minutesVolunteered())).setHeader("Hours").setAutoWidth(true);
        grid.addColumn(ReportRow::issued).setHeader("Issued").setAutoWidth(true);
        grid.addColumn(ReportRow::spent).setHeader("Spent").setAutoWidth(true);
        grid.addColumn(ReportRow::expired).setHeader("Expired").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("20rem");
    }

    private void refresh(CreditReportService reports, WardDirectory wards) {
        outstanding.setText("Credits held by volunteers now: " + reports.outstanding());
        byPartner.setItems(reports.byPartnerAndMonth());
        byWard.setItems(reports.byWard());
    }
}

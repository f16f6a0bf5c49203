package org.bridgework.timecredits.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(order = 31, icon = "vaadin:coin-piles", title = "timecredits.menu.timeCredits")
@RolesAllowed({Access.ADMIN, Access.MANAGER, Access.OFFICER})
class TimeCreditsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ReportRow> byPartner = new Grid<>();
    final Grid<ReportRow> byWard = new Grid<>();
    final Paragraph outstanding = new Paragraph();

    TimeCreditsView(HoursService hours, OrganisationService organisations, CreditReportService reports, WardDirectory wards) {
        add(new H1(getTranslation("timecredits.timeCredits.timeCredits")));
        add(new H2(getTranslation("timecredits.timeCredits.logVolunteeringHours")), new LogHoursForm(hours, organisations, true, () -> refresh(reports, wards)));
        add(new H2(getTranslation("timecredits.timeCredits.claimsWaitingForApproval")), new PendingClaims(hours, () -> refresh(reports, wards)));
        byPartner.addColumn(ReportRow::month).setHeader(getTranslation("timecredits.timeCredits.month")).setAutoWidth(true);
        byPartner.addColumn(ReportRow::organisationName).setHeader(getTranslation("timecredits.timeCredits.partner")).setFlexGrow(1);
        figures(byPartner);
        byPartner.setAriaLabel(getTranslation("timecredits.timeCredits.figuresByPartnerAndMonth"));
        byWard.addColumn(r -> r.wardCode() == null ? getTranslation("timecredits.timeCredits.unknown") : wards.byCode(r.wardCode()).map(w -> w.name()).orElse(r.wardCode()))
                .setHeader(getTranslation("timecredits.timeCredits.ward")).setFlexGrow(1);
        figures(byWard);
        byWard.addColumn(ReportRow::outstanding).setHeader(getTranslation("timecredits.timeCredits.outstanding")).setAutoWidth(true);
        byWard.setAriaLabel(getTranslation("timecredits.timeCredits.figuresByWard"));
        add(new H2(getTranslation("timecredits.timeCredits.programmeFigures")), outstanding, new H2(getTranslation("timecredits.timeCredits.byPartnerAndMonth")), byPartner, new H2(getTranslation("timecredits.timeCredits.byWard")), byWard);
        refresh(reports, wards);
    }

    private static void figures(Grid<ReportRow> grid) {
        grid.addColumn(r -> HoursGrid.duration((int) r.minutesVolunteered())).setHeader(grid.getTranslation("timecredits.timeCredits.hours")).setAutoWidth(true);
        grid.addColumn(ReportRow::issued).setHeader(grid.getTranslation("timecredits.timeCredits.issued")).setAutoWidth(true);
        grid.addColumn(ReportRow::spent).setHeader(grid.getTranslation("timecredits.timeCredits.spent")).setAutoWidth(true);
        grid.addColumn(ReportRow::expired).setHeader(grid.getTranslation("timecredits.timeCredits.expired")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("20rem");
    }

    private void refresh(CreditReportService reports, WardDirectory wards) {
        outstanding.setText(getTranslation("timecredits.timeCredits.outstandingNow", reports.outstanding()));
        byPartner.setItems(reports.byPartnerAndMonth());
        byWard.setItems(reports.byWard());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("timecredits.timeCredits.pageTitle");
    }
}

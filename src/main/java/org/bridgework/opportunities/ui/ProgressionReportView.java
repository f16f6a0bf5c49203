package org.bridgework.opportunities.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.opportunities.LevyService;
import org.bridgework.opportunities.LevyUse;
import org.bridgework.opportunities.OpportunityService;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.opportunities.ProgressionReport;
import org.bridgework.opportunities.ProgressionService;
import org.bridgework.reports.SmallNumberSuppression.Cell;
import org.bridgework.security.Access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Who moved out of low pay, by ward and kind of opportunity (small numbers hidden), and levy used against pledged. */
@Route("opportunities/progression")
@Menu(order = 51, icon = "vaadin:trending-up", title = "opportunities.menu.progressionAndLevy")
@RolesAllowed({Access.ADMIN, Access.MANAGER})
class ProgressionReportView extends VerticalLayout implements HasDynamicTitle {

    record Line(String label, List<String> values) {
    }

    final DatePicker from = new DatePicker(getTranslation("opportunities.progressionReport.firstContactFrom"));
    final DatePicker to = new DatePicker(getTranslation("opportunities.progressionReport.firstContactTo"));
    final Grid<Line> table = new Grid<>();
    final Grid<LevyUse> levy = new Grid<>();
    private final ProgressionService progression;

    final LevyPledgeForm pledgeForm;

    ProgressionReportView(ProgressionService progression, LevyService levyService, OrganisationService organisations,
                          OpportunityService opportunities) {
        this.progression = progression;
        from.setValue(LocalDate.now().minusYears(2));
        to.setValue(LocalDate.now());
        table.setAriaLabel(getTranslation("opportunities.progressionReport.residentsWhoMovedOutOf"));
        table.setAllRowsVisible(true);
        levy.setAriaLabel(getTranslation("opportunities.progressionReport.levyUsedAgainstLevyPledged"));
        levy.addColumn(LevyUse::organisationName).setHeader(getTranslation("opportunities.progressionReport.pledgingEmployer")).setAutoWidth(true);
        levy.addColumn(u -> Texts.wholePounds(u.pledgedPounds())).setHeader(getTranslation("opportunities.progressionReport.pledged"));
        levy.addColumn(u -> Texts.wholePounds(u.usedPounds())).setHeader(getTranslation("opportunities.progressionReport.used"));
        levy.addColumn(u -> u.pledgedPounds() == 0 ? "" : Math.round(100.0 * u.usedPounds() / u.pledgedPounds()) + "%").setHeader(getTranslation("opportunities.progressionReport.usedPercent"));
        levy.setItems(levyService.usedAgainstPledged());
        levy.setAllRowsVisible(true);
        pledgeForm = new LevyPledgeForm(levyService, organisations, opportunities, () -> levy.setItems(levyService.usedAgainstPledged()));
        var show = new Button(getTranslation("opportunities.progressionReport.show"), e -> refresh());
        var dates = new HorizontalLayout(from, to, show);
        dates.setWrap(true);
        dates.setAlignItems(Alignment.BASELINE);
        add(new H1(getTranslation("opportunities.progressionReport.progressionOutOfLowPay")),
                new Paragraph(getTranslation("opportunities.progressionReport.explanation")),
                dates, table, new H2(getTranslation("opportunities.progressionReport.apprenticeshipLevyUsedAgainstPledged")), levy,
                new H2(getTranslation("opportunities.progressionReport.recordALevyTransferPledge")), pledgeForm);
        refresh();
    }

    void refresh() {
        ProgressionReport report = progression.lowPayReport(from.getValue(), to.getValue());
        table.removeAllColumns();
        table.addColumn(Line::label).setHeader(getTranslation("opportunities.progressionReport.ward")).setAutoWidth(true);
        for (int c = 0; c < report.types().size(); c++) {
            int column = c;
            table.addColumn(l -> l.values().get(column)).setHeader(report.types().get(c));
        }
        int total = report.types().size();
        table.addColumn(l -> l.values().get(total)).setHeader(getTranslation("opportunities.progressionReport.all"));
        var t = report.table();
        var lines = new ArrayList<Line>();
        for (int r = 0; r < report.wards().size(); r++) {
            var values = new ArrayList<String>();
            for (Cell cell : t.cells()[r]) {
                values.add(t.display(cell));
            }
            values.add(t.display(t.rowTotals()[r]));
            lines.add(new Line(report.wards().get(r), values));
        }
        var totals = new ArrayList<String>();
        for (Cell cell : t.columnTotals()) {
            totals.add(t.display(cell));
        }
        totals.add(t.display(t.grandTotal()));
        lines.add(new Line(getTranslation("opportunities.progressionReport.allWards"), totals));
        table.setItems(lines);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opportunities.progressionReport.pageTitle");
    }
}

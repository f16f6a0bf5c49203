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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Progression out of low pay | Bridgework")
@Menu(order = 51, icon = "vaadin:trending-up", title = "Progression and levy")
@RolesAllowed({Access.ADMIN, Access.MANAGER})
class ProgressionReportView extends VerticalLayout {

    record Line(String label, List<String> values) {
    }

    final DatePicker from = new DatePicker("First contact from");
    final DatePicker to = new DatePicker("First contact to");
    final Grid<Line> table = new Grid<>();
    final Grid<LevyUse> levy = new Grid<>();
    private final ProgressionService progression;

    final LevyPledgeForm pledgeForm;

    ProgressionReportView(ProgressionService progression, LevyService levyService, OrganisationService organisations,
                          OpportunityService opportunities) {
        this.progression = progression;
        from.setValue(LocalDate.now().minusYears(2));
        to.setValue(LocalDate.now());
        table.setAriaLabel("Residents who moved out of low pay");
        table.setAllRowsVisible(true);
        levy.setAriaLabel("Levy used against levy pledged");
        levy.addColumn(LevyUse::organisationName).setHeader("Pledging employer").setAutoWidth(true);
        levy.addColumn(u -> "£" + String.format("%,d", u.pledgedPounds())).setHeader("Pledged");
        levy.addColumn(u -> "£" + String.format("%,d", u.usedPounds())).setHeader("Used");
        levy.addColumn(u -> u.pledgedPounds() == 0 ? "" : Math.round(100.0 * u.usedPounds() / u.pledgedPounds()) + "%").setHeader("Used (%)");
        levy.setItems(levyService.usedAgainstPledged());
        levy.setAllRowsVisible(true);
        pledgeForm = new LevyPledgeForm(levyService, organisations, opportunities, () -> levy.setItems(levyService.usedAgainstPledged()));
        var show = new Button("Show", e -> refresh());
        var dates = new HorizontalLayout(from, to, show);
        dates.setWrap(true);
        dates.setAlignItems(Alignment.BASELINE);
        add(new H1("Progression out of low pay"),
                new Paragraph("Residents paid below the London Living Wage when we first met them, and at or above it at"
                        + " their 6 or 12 month follow-up. Counts under the minimum are shown as \"fewer than\", and one more"
                        + " count in the same row or column is hidden too, so that no one can be identified."),
                dates, table, new H2("Apprenticeship levy: used against pledged"), levy,
                new H2("Record a levy transfer pledge"), pledgeForm);
        refresh();
    }

    void refresh() {
        ProgressionReport report = progression.lowPayReport(from.getValue(), to.getValue());
        table.removeAllColumns();
        table.addColumn(Line::label).setHeader("Ward").setAutoWidth(true);
        for (int c = 0; c < report.types().size(); c++) {
            int column = c;
            table.addColumn(l -> l.values().get(column)).setHeader(report.types().get(c));
        }
        int total = report.types().size();
        table.addColumn(l -> l.values().get(total)).setHeader("All");
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
        lines.add(new Line("All wards", totals));
        table.setItems(lines);
    }
}

package org.bridgework.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.reports.Breakdown;
import org.bridgework.reports.ExportFormat;
import org.bridgework.reports.OutcomeReport;
import org.bridgework.reports.OutcomeReport.Line;
import org.bridgework.reports.OutcomeReportService;
import org.bridgework.reports.ReportFile;
import org.bridgework.reports.ReportPeriod;
import org.bridgework.reports.ReportScope;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.security.Access;
import org.bridgework.security.CurrentUser;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** Managers' (and, for their own work, partners' and officers') view of what the strategy achieved, with downloads. */
@Route("reports")
@Menu(order = 50, icon = "vaadin:bar-chart", title = "reports.menu.outcomes")
@RolesAllowed({Access.ADMIN, Access.MANAGER, Access.OFFICER, Access.PARTNER})
class OutcomeReportView extends VerticalLayout implements HasDynamicTitle {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<Breakdown> breakdown = new Select<>();
    final Checkbox compare = new Checkbox();
    final ComboBox<OrganisationDetails> organisation = new ComboBox<>();
    final Button show = new Button();
    final Div sections = new Div();
    final Paragraph periodLine = new Paragraph();
    final Paragraph suppressionNote = new Paragraph();

    private final OutcomeReportService reports;
    private OutcomeReport current;

    OutcomeReportView(OutcomeReportService reports, OrganisationService organisations, CurrentUser currentUser) {
        this.reports = reports;
        setWidthFull();
        from.setId("report-from");
        to.setId("report-to");
        show.setId("report-show");
        add(new H1(getTranslation("reports.title")), new Paragraph(getTranslation("reports.intro")));
        ReportPeriod year = reports.lastFinancialYear();
        from.setLabel(getTranslation("reports.period.from"));
        from.setValue(year.from());
        to.setLabel(getTranslation("reports.period.to"));
        to.setValue(year.to());
        breakdown.setLabel(getTranslation("reports.breakdown"));
        breakdown.setItems(reports.breakdowns());
        breakdown.setItemLabelGenerator(b -> getTranslation("reports.breakdown." + b.name()));
        breakdown.setValue(Breakdown.NONE);
        compare.setLabel(getTranslation("reports.compare"));
        show.setText(getTranslation("reports.show"));
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickListener(e -> refresh());
        organisation.setLabel(getTranslation("reports.scope"));
        organisation.setPlaceholder(getTranslation("reports.scope.all"));
        organisation.setClearButtonVisible(true);
        organisation.setItemLabelGenerator(OrganisationDetails::name);
        organisation.setItems(q -> organisations.directory(q.getFilter().orElse(""), null, null, q.getOffset(), q.getLimit()).stream());
        // partners always get their own organisation's figures, whatever is chosen, so they are not offered a choice
        organisation.setVisible(!currentUser.require().isPartner());
        var filters = new FormLayout(from, to, breakdown, organisation, compare);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        suppressionNote.setText(getTranslation("reports.suppressionNote", reports.minCellSize()));
        var method = new Paragraph(getTranslation("reports.methodNote"));
        if (!reports.breakdowns().contains(Breakdown.ETHNICITY)) {
            method.add(new Span(" " + getTranslation("reports.equalityRestricted")));
        }
        var downloads = new FlexLayout(
                download("reports.download.csv", () -> reports.export(current, ExportFormat.CSV)),
                download("reports.download.xlsx", () -> reports.export(current, ExportFormat.XLSX)),
                download("reports.download.pdf", () -> reports.export(current, ExportFormat.PDF)),
                download("reports.download.trackingSet", () -> reports.trackingSet(current.period(), scope())),
                download("reports.download.dictionary", reports::dataDictionary));
        downloads.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        downloads.getStyle().set("gap", "var(--lumo-space-m)");
        downloads.getElement().setAttribute("aria-label", getTranslation("reports.downloads"));
        sections.setWidthFull();
        add(filters, show, suppressionNote, method, periodLine, downloads, sections);
        refresh();
    }

    private ReportScope scope() {
        return organisation.getValue() == null ? ReportScope.everything() : ReportScope.organisation(organisation.getValue().id());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.page.title");
    }

    private Anchor download(String key, Supplier<ReportFile> file) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            ReportFile f = file.get();
            return new DownloadResponse(new ByteArrayInputStream(f.bytes()), f.fileName(), f.contentType(), f.bytes().length);
        }), getTranslation(key));
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    void refresh() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("reports.period.invalid"));
            return;
        }
        to.setInvalid(false);
        current = reports.report(new ReportPeriod(from.getValue(), to.getValue()), breakdown.getValue(), compare.getValue(),
                scope());
        periodLine.setText(getTranslation("reports.periodLabel", current.period().from(), current.period().to()) + ". "
                + getTranslation("reports.scopeLabel", current.scopeLabel())
                + (current.compared() ? ". " + getTranslation("reports.previousNote", current.previous().from(), current.previous().to()) : ""));
        sections.removeAll();
        for (var s : current.outcomes()) {
            sections.add(new H2(s.title()), grid(s));
        }
        sections.add(new H2(current.overall().title()), grid(current.overall()));
    }

    private Component grid(OutcomeReport.Section section) {
        var grid = new Grid<Line>();
        grid.setAriaLabel(section.title());
        grid.addColumn(l -> l.outcomeLevel() ? getTranslation(section.outcomeId() == null ? "reports.overall" : "reports.outcomeLine") : l.label())
                .setHeader(getTranslation("reports.column.heading")).setFlexGrow(3).setResizable(true);
        grid.addColumn(l -> getTranslation("reports.measure." + l.measure().key()))
                .setHeader(getTranslation("reports.column.measure")).setFlexGrow(2).setResizable(true);
        if (current.breakdown() != Breakdown.NONE) {
            for (int c = 0; c < current.categories().size(); c++) {
                int column = c;
                grid.addColumn(l -> l.cells().isEmpty() ? "" : text(l, l.cells().get(column).current()))
                        .setHeader(current.categories().get(c).label()).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
            }
        }
        grid.addColumn(l -> text(l, l.total().current())).setHeader(getTranslation("reports.column.total"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        if (current.compared()) {
            grid.addColumn(l -> text(l, l.total().previous())).setHeader(getTranslation("reports.column.previous"))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
            grid.addColumn(l -> change(l)).setHeader(getTranslation("reports.column.change"))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        grid.setItems(section.lines());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private String text(Line line, OutcomeReport.Cell cell) {
        return cell == null ? "" : cell.suppressed() ? getTranslation("reports.hidden") : line.measure().format(cell.amount());
    }

    private static String change(Line line) {
        Long change = line.total().change();
        if (change == null) {
            return "";
        }
        String formatted = line.measure().format(Math.abs(change));
        return change > 0 ? "+" + formatted : change < 0 ? "-" + formatted : formatted;
    }

    OutcomeReport current() {
        return current;
    }
}

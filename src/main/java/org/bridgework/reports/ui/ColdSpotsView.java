package org.bridgework.reports.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.platform.ui.EChart;
import org.bridgework.reports.AreaLevel;
import org.bridgework.reports.ColdSpotCsv;
import org.bridgework.reports.ColdSpotLine;
import org.bridgework.reports.ColdSpotReport;
import org.bridgework.reports.ColdSpotService;
import org.bridgework.reports.ReportPeriod;
import org.bridgework.residents.LondonBoroughs;
import org.bridgework.security.Access;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.bridgework.platform.ui.LocalFormats;

/** Cold spots: areas of high need (IMD 2019) with little provision, as a ranked table, a chart and a CSV. */
@Route("reports/cold-spots")
@Menu(order = 52, icon = "vaadin:map-marker", title = "coldspots.menu.coldSpots")
@RolesAllowed({Access.ADMIN, Access.MANAGER, Access.PARTNER})
class ColdSpotsView extends VerticalLayout implements HasDynamicTitle {

    private static final String K = "coldspots.";

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final RadioButtonGroup<AreaLevel> level = new RadioButtonGroup<>();
    final ComboBox<String> borough = new ComboBox<>();
    final Grid<ColdSpotLine> grid = new Grid<>();
    final EChart chart = new EChart();
    final Paragraph chartNote = new Paragraph();
    final Paragraph scopeNote = new Paragraph();
    final Paragraph totals = new Paragraph();
    final Anchor download = new Anchor();
    private final ColdSpotService coldSpots;
    ColdSpotReport report;

    ColdSpotsView(ColdSpotService coldSpots) {
        this.coldSpots = coldSpots;
        addClassName("cold-spots-view");
        from.setLabel(t("from"));
        to.setLabel(t("to"));
        from.setValue(LocalDate.now().minusYears(1).plusDays(1));
        to.setValue(LocalDate.now());
        level.setLabel(t("level"));
        level.setItems(AreaLevel.values());
        level.setItemLabelGenerator(l -> t("level." + l.name().toLowerCase(Locale.ROOT)));
        level.setValue(AreaLevel.WARD);
        borough.setLabel(t("borough"));
        borough.setItems(LondonBoroughs.ALL);
        borough.setPlaceholder(t("borough.all"));
        borough.setClearButtonVisible(true);
        borough.setValue(LondonBoroughs.CITY);
        borough.setVisible(false);
        level.addValueChangeListener(e -> {
            borough.setVisible(e.getValue() == AreaLevel.LSOA);
            refresh();
        });
        borough.addValueChangeListener(e -> refresh());
        var show = new Button(t("show"), e -> refresh());
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var filters = new HorizontalLayout(from, to, show, level, borough);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setAriaLabel(t("grid.aria"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("cold-spots-grid");
        chart.setId("cold-spots-chart");
        download.setText(t("download"));
        download.getElement().setAttribute("download", "cold-spots.csv");

        var method = new Details(t("method.title"), new Paragraph(t("method.need")), new Paragraph(t("method.provision")),
                new Paragraph(t("method.score")), new Paragraph(t("method.smallNumbers", minCellSize())));
        method.setOpened(false);
        add(new H1(t("title")), new Paragraph(t("intro")), scopeNote, filters, new Paragraph(t("summary")), method,
                new H2(t("chart.title")), chart, chartNote, new H2(t("table.title")), totals, grid, download);
        refresh();
    }

    private int minCellSize() {
        return report == null ? 5 : report.minCellSize();
    }

    @Override
    public String getPageTitle() {
        return t("pageTitle");
    }

    void refresh() {
        ReportPeriod period;
        try {
            if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
                throw InvalidInputException.of("to", t("period.invalid"));
            }
            period = new ReportPeriod(from.getValue(), to.getValue());
        } catch (InvalidInputException e) {
            to.setInvalid(true);
            to.setErrorMessage(t("period.invalid"));
            return;
        }
        to.setInvalid(false);
        report = level.getValue() == AreaLevel.LSOA ? coldSpots.lsoas(period, borough.getValue())
                : coldSpots.wards(period);
        scopeNote.setText(report.partnerOnly() ? t("scope.partner") : t("scope.all"));
        scopeNote.setVisible(true);
        totals.setText(t("totals", report.lines().size(), report.lines().stream().filter(ColdSpotLine::ranked).count(),
                report.totalParticipants().suppressed() ? t("hidden", report.minCellSize())
                        : report.totalParticipants().value()));
        columns();
        grid.setItems(report.lines());
        ColdSpotChart.show(chart, chartNote, report, (key, params) -> t(key, params));
        String csv = ColdSpotCsv.write(report, c -> t("column." + c), t("hidden", report.minCellSize()));
        byte[] bytes = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        download.setHref(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(bytes),
                "cold-spots.csv", "text/csv", bytes.length)));
    }

    private void columns() {
        grid.removeAllColumns();
        for (String column : ColdSpotCsv.columns(report)) {
            if (column.equals("code")) {
                continue;
            }
            var c = grid.addColumn(line -> cell(line, column)).setHeader(t("column." + column)).setResizable(true);
            if (column.equals("name")) {
                c.setFlexGrow(2).setFrozen(true);
            } else {
                c.setAutoWidth(true);
            }
        }
    }

    private String cell(ColdSpotLine line, String column) {
        return switch (column) {
            case "name" -> line.name();
            case "decile" -> line.deprivationDecile() == null ? t("notKnown")
                    : LocalFormats.number(oneDecimal(line.deprivationDecile()), getLocale());
            case "participants" -> line.participants().suppressed() ? t("hidden", report.minCellSize())
                    : Long.toString(line.participants().value());
            case "perThousand" -> line.participationPerThousand() == null
                    ? (line.participants().suppressed() ? t("hiddenRate") : "")
                    : LocalFormats.number(oneDecimal(line.participationPerThousand()), getLocale());
            case "funding" -> line.fundingGbp() == null ? "" : LocalFormats.pounds(line.fundingGbp().setScale(0, java.math.RoundingMode.HALF_UP), getLocale());
            case "score" -> line.score() == null ? t("notRanked") : line.score().toString();
            default -> valueOf(line, column);
        };
    }

    private static java.math.BigDecimal oneDecimal(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP);
    }

    private static String valueOf(ColdSpotLine line, String column) {
        return switch (column) {
            case "position" -> Integer.toString(line.position());
            case "residents" -> LocalFormats.number(line.residents());
            case "sessions" -> line.sessionsDelivered() == null ? "" : LocalFormats.number(line.sessionsDelivered());
            case "needRank" -> line.needRank() == null ? "" : line.needRank().toString();
            case "provisionRank" -> line.provisionRank() == null ? "" : line.provisionRank().toString();
            default -> "";
        };
    }

    String t(String key, Object... params) {
        return getTranslation(K + key, params);
    }
}

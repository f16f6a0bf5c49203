package org.bridgework.reports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bridgework.IntegrationTest;
import org.bridgework.TestFixtures;
import org.bridgework.activities.ActivityService;
import org.bridgework.activities.Mark;
import org.bridgework.activities.RegisterMark;
import org.bridgework.activities.RegisterService;
import org.bridgework.activities.StrategyService;
import org.bridgework.activities.TestActivities;
import org.bridgework.residents.AgeBand;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Community Builders group for a fresh organisation: 17 residents this period (3 aged 25-49, 6 aged 50-64,
 * 8 aged 65+) and 8 of them in the period before. The 3 is hidden, and so is the 6, or 17 - 8 would give the 3.
 */
class SuppressionAndExportsTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now();
    static final ReportPeriod PERIOD = new ReportPeriod(TODAY.minusDays(30), TODAY);

    @Autowired ActivityService activities;
    @Autowired StrategyService strategy;
    @Autowired RegisterService registers;
    @Autowired ResidentService residents;
    @Autowired OutcomeReportService reports;
    @Autowired JdbcClient jdbc;

    private static Long organisationId;

    @BeforeEach
    void build() {
        if (organisationId == null) {
            organisationId = fixtures.organisation("Suppression partner").id();
            var young = people(3, 30);
            var middle = people(6, 55);
            var old = people(8, 70);
            fixtures.signInAs(Role.OFFICER);
            long activity = TestActivities.activity(activities, strategy, organisationId, null, false);
            long now = TestActivities.session(activities, activity, TODAY.minusDays(10));
            long before = TestActivities.session(activities, activity, TODAY.minusDays(40));
            var marks = new ArrayList<RegisterMark>();
            for (var list : List.of(young, middle, old)) {
                list.forEach(id -> marks.add(RegisterMark.of(id, Mark.PRESENT)));
            }
            registers.save(now, marks);
            var earlier = new ArrayList<RegisterMark>();
            middle.forEach(id -> earlier.add(RegisterMark.of(id, Mark.PRESENT)));
            old.subList(0, 2).forEach(id -> earlier.add(RegisterMark.of(id, Mark.PRESENT)));
            registers.save(before, earlier);
        }
        fixtures.signInAs(Role.MANAGER);
    }

    private List<Long> people(int count, int age) {
        var ids = new ArrayList<Long>();
        for (int i = 0; i < count; i++) {
            String family = TestFixtures.unique("Supp");
            ids.add(SystemUser.call(() -> residents.create(new ResidentForm(null, 0, "Aged" + age, family, null,
                    TODAY.minusYears(age).minusDays(40), null, null, "3 Golden Lane", null, "London", "EC1Y 0RN", "E05009288",
                    null, null, "English", false, null, null, null, null))).id());
        }
        return ids;
    }

    private OutcomeReport byAge() {
        return reports.report(PERIOD, Breakdown.AGE_BAND, false, ReportScope.organisation(organisationId));
    }

    private static OutcomeReport.Line headingLine(OutcomeReport report, long headingId, Measure m) {
        return report.outcomes().stream().flatMap(s -> s.lines().stream())
                .filter(l -> Long.valueOf(headingId).equals(l.headingId()) && l.measure() == m).findFirst().orElseThrow();
    }

    private static int column(OutcomeReport report, AgeBand band) {
        for (int i = 0; i < report.categories().size(); i++) {
            if (report.categories().get(i).code().equals(band.name())) {
                return i;
            }
        }
        throw new AssertionError("no column for " + band);
    }

    @Test
    void hidesTheSmallCellAndOneMoreSoItCannotBeWorkedOut() {
        var report = byAge();
        assertThat(report.categories()).extracting(OutcomeReport.Category::code)
                .containsExactly("AGE_25_TO_49", "AGE_50_TO_64", "AGE_65_PLUS");
        var line = headingLine(report, 4, Measure.RESIDENTS_REACHED);
        assertThat(line.cells().get(column(report, AgeBand.AGE_25_TO_49)).current().suppressed()).isTrue();
        assertThat(line.cells().get(column(report, AgeBand.AGE_50_TO_64)).current().suppressed()).isTrue();
        assertThat(line.cells().get(column(report, AgeBand.AGE_65_PLUS)).current()).isEqualTo(new OutcomeReport.Cell(8, false));
        assertThat(line.total().current()).isEqualTo(new OutcomeReport.Cell(17, false));
        // the hidden figures are not carried in the model at all
        assertThat(line.cells().get(column(report, AgeBand.AGE_25_TO_49)).current().amount()).isZero();
        var overall = report.overall().lines().stream().filter(l -> l.measure() == Measure.RESIDENTS_REACHED).findFirst().orElseThrow();
        assertThat(overall.cells().get(column(report, AgeBand.AGE_25_TO_49)).current().suppressed()).isTrue();
        assertThat(overall.cells().get(column(report, AgeBand.AGE_50_TO_64)).current().suppressed()).isTrue();
        // sessions have no age: only their total, itself under five
        var sessions = headingLine(report, 4, Measure.SESSIONS_DELIVERED);
        assertThat(sessions.cells()).isEmpty();
        assertThat(sessions.total().current().suppressed()).isTrue();
    }

    @Test
    void comparesWithThePreviousPeriod() {
        var report = reports.report(PERIOD, Breakdown.NONE, true, ReportScope.organisation(organisationId));
        assertThat(report.previous()).isEqualTo(PERIOD.previous());
        var residentsLine = headingLine(report, 4, Measure.RESIDENTS_REACHED);
        assertThat(residentsLine.total().current()).isEqualTo(new OutcomeReport.Cell(17, false));
        assertThat(residentsLine.total().previous()).isEqualTo(new OutcomeReport.Cell(8, false));
        assertThat(residentsLine.total().change()).isEqualTo(9L);
        var sessions = headingLine(report, 4, Measure.SESSIONS_DELIVERED);
        assertThat(sessions.total().previous().suppressed()).isTrue();
        assertThat(sessions.total().change()).isNull();
    }

    @Test
    void theCsvHasTheScreensFiguresAndHidesTheSameCells() throws Exception {
        var report = byAge();
        long exportsBefore = exports();
        var file = reports.export(report, ExportFormat.CSV);
        assertThat(exports()).isEqualTo(exportsBefore + 1);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(file.bytes()), StandardCharsets.UTF_8)).getRecords();
        String heading = headingLine(report, 4, Measure.RESIDENTS_REACHED).label();
        var mine = rows.stream().filter(r -> r.get("heading").equals(heading) && r.get("figure").equals("Unique residents reached")).toList();
        assertThat(mine).extracting(r -> r.get("category") + "=" + r.get("value"))
                .containsExactly("25–49=hidden", "50–64=hidden", "65+=8", "Total=17");
        assertThat(new String(file.bytes(), StandardCharsets.UTF_8)).doesNotContain("=3").doesNotContain(",3,").doesNotContain(",6,");
        int expected = 0;
        for (var s : report.outcomes()) {
            for (var l : s.lines()) {
                expected += l.cells().size() + 1;
            }
        }
        for (var l : report.overall().lines()) {
            expected += l.cells().size() + 1;
        }
        assertThat(rows).hasSize(expected);
    }

    @Test
    void theSpreadsheetHasTheSameCells() throws Exception {
        var report = byAge();
        var file = reports.export(report, ExportFormat.XLSX);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            var sheet = book.getSheetAt(0);
            var format = new DataFormatter();
            String heading = headingLine(report, 4, Measure.RESIDENTS_REACHED).label();
            List<String> found = null;
            for (var row : sheet) {
                if (row.getCell(0) != null && format.formatCellValue(row.getCell(0)).equals(heading)
                        && format.formatCellValue(row.getCell(1)).equals("Unique residents reached")) {
                    found = new ArrayList<>();
                    for (int c = 2; c < 6; c++) {
                        found.add(format.formatCellValue(row.getCell(c)));
                    }
                }
            }
            assertThat(found).containsExactly("hidden", "hidden", "8", "17");
        }
    }

    @Test
    void thePdfIsARealPdfWithTheTitle() throws Exception {
        var file = reports.export(byAge(), ExportFormat.PDF);
        assertThat(new String(file.bytes(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        var reader = new PdfReader(file.bytes());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Strategy outcome report").contains("City of London Corporation");
        assertThat(file.contentType()).isEqualTo("application/pdf");
    }

    @Test
    void theWardDataSetHidesSmallWardsAndHasADictionary() throws Exception {
        var file = reports.trackingSet(PERIOD, ReportScope.organisation(organisationId));
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(file.bytes()), StandardCharsets.UTF_8)).getRecords();
        var goldenLane = rows.stream().filter(r -> r.get("ward_code").equals("E05009288")).toList();
        assertThat(goldenLane).isNotEmpty();
        assertThat(goldenLane.stream().mapToLong(r -> r.get("residents_reached").equals("hidden") ? 0 : Long.parseLong(r.get("residents_reached"))).sum())
                .isEqualTo(17);
        assertThat(rows).allMatch(r -> r.get("residents_reached").equals("hidden") || Long.parseLong(r.get("residents_reached")) == 0
                || Long.parseLong(r.get("residents_reached")) >= 5);
        var dictionary = new String(reports.dataDictionary().bytes(), StandardCharsets.UTF_8);
        assertThat(dictionary).contains("residents_reached").contains("suppression_rule").contains("below 5");
    }

    private long exports() {
        return jdbc.sql("select count(*) from audit_entry where action = 'EXPORT' and subject_type = 'OUTCOME_REPORT'").query(Long.class).single();
    }
}

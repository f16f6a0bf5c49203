package org.bridgework.reports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bridgework.reports.OutcomeReport.Category;
import org.bridgework.reports.OutcomeReport.Line;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The open data set of indicators per City ward per financial quarter, and its data dictionary. */
final class TrackingSet {

    /** The indicators, in column order, with their meaning, unit and source for the dictionary. */
    private record Indicator(Measure measure, String column, String meaning, String unit, String source) {
    }

    private static final List<Indicator> INDICATORS = List.of(
            new Indicator(Measure.RESIDENTS_REACHED, "residents_reached", "Residents living in the ward who took part in anything the strategy counts, each counted once", "people", "activities registers, Time Credits, family support, community connections"),
            new Indicator(Measure.ATTENDANCES, "attendances", "Times residents living in the ward were marked present or late at a session", "attendances", "activities registers"),
            new Indicator(Measure.SESSIONS_DELIVERED, "sessions_delivered", "Sessions held (not cancelled) at a venue in the ward", "sessions", "activities sessions"),
            new Indicator(Measure.VOLUNTEERING_HOURS, "volunteering_hours", "Approved volunteering hours of residents living in the ward", "hours, one decimal place", "Time Credits hours"),
            new Indicator(Measure.CREDITS_ISSUED, "credits_issued", "Time Credits earned by residents living in the ward, net of corrections", "credits", "Time Credits ledger"),
            new Indicator(Measure.CREDITS_REDEEMED, "credits_redeemed", "Time Credits spent by residents living in the ward, net of corrections", "credits", "Time Credits ledger"),
            new Indicator(Measure.CASES_OPENED, "family_cases_opened", "Family support cases referred in the quarter, placed by the household's first recorded member", "cases", "family support"),
            new Indicator(Measure.CASES_CLOSED, "family_cases_closed", "Family support cases closed in the quarter, placed as above", "cases", "family support"));

    private TrackingSet() {
    }

    /** The financial quarters (April-June, July-September, October-December, January-March) the period touches, clipped to it. */
    static List<ReportPeriod> quarters(ReportPeriod period) {
        var quarters = new ArrayList<ReportPeriod>();
        LocalDate start = period.from().withDayOfMonth(1).withMonth(((period.from().getMonthValue() - 1) / 3) * 3 + 1);
        while (!start.isAfter(period.to())) {
            LocalDate end = start.plusMonths(3).minusDays(1);
            LocalDate from = start.isBefore(period.from()) ? period.from() : start;
            LocalDate to = end.isAfter(period.to()) ? period.to() : end;
            quarters.add(new ReportPeriod(from, to));
            start = start.plusMonths(3);
        }
        return quarters;
    }

    static String quarterLabel(LocalDate date) {
        int yearStart = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        int quarter = date.getMonthValue() >= 4 ? (date.getMonthValue() - 4) / 3 + 1 : 4;
        return yearStart + "-" + String.format("%02d", (yearStart + 1) % 100) + " Q" + quarter;
    }

    static byte[] csv(List<OutcomeReport> quarters, List<Category> wards, ReportTexts texts) {
        var header = new ArrayList<>(List.of("financial_quarter", "period_start", "period_end", "ward_code", "ward_name"));
        INDICATORS.forEach(i -> header.add(i.column()));
        var out = new ByteArrayOutputStream();
        try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (OutcomeReport q : quarters) {
                for (Category ward : wards) {
                    int column = q.categories().indexOf(ward);
                    var record = new ArrayList<String>(List.of(quarterLabel(q.period().from()), q.period().from().toString(),
                            q.period().to().toString(), ward.code(), ward.label()));
                    for (Indicator i : INDICATORS) {
                        Line line = q.overall().lines().stream().filter(l -> l.measure() == i.measure()).findFirst().orElse(null);
                        record.add(line == null ? "0" : texts.cell(i.measure(), line.cells().get(column).current()));
                    }
                    printer.printRecord(record);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] dictionary(int minCellSize) {
        String rule = "Shown as 'hidden' when below " + minCellSize + ", or when it would let a hidden figure be worked out"
                + " from the ward's figures under each strategy heading and the totals (secondary suppression)";
        var out = new ByteArrayOutputStream();
        try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader("column", "meaning", "unit", "source", "suppression_rule").get())) {
            printer.printRecord("financial_quarter", "Financial quarter, April to March years", "text, e.g. 2025-26 Q1", "calendar", "none");
            printer.printRecord("period_start", "First day the row covers", "date, YYYY-MM-DD", "calendar", "none");
            printer.printRecord("period_end", "Last day the row covers", "date, YYYY-MM-DD", "calendar", "none");
            printer.printRecord("ward_code", "City of London ward", "ONS ward code", "ONS", "none");
            printer.printRecord("ward_name", "City of London ward name", "text", "ONS", "none");
            for (Indicator i : INDICATORS) {
                printer.printRecord(i.column(), i.meaning(), i.unit(), i.source(), rule);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

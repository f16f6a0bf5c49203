package org.bridgework.reports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bridgework.reports.OutcomeReport.Category;
import org.bridgework.reports.OutcomeReport.Cell;
import org.bridgework.reports.OutcomeReport.Figure;
import org.bridgework.reports.OutcomeReport.Line;
import org.bridgework.reports.OutcomeReport.Section;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The report model written as CSV (one row per figure), a spreadsheet and a PDF for committee papers. */
@Component
class ReportExports {

    static final List<String> CSV_HEADER = List.of("outcome", "heading", "figure", "category", "value", "previous_value", "change");

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, Font.NORMAL);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, Font.NORMAL);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9, Font.NORMAL);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9, Font.NORMAL);

    private final ReportTexts texts;
    private final String councilName;

    ReportExports(ReportTexts texts, @Value("${bridgework.council-name}") String councilName) {
        this.texts = texts;
        this.councilName = councilName;
    }

    private static List<Section> sections(OutcomeReport report) {
        var all = new ArrayList<>(report.outcomes());
        all.add(report.overall());
        return all;
    }

    byte[] csv(OutcomeReport report) {
        var out = new ByteArrayOutputStream();
        try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get())) {
            for (Section s : sections(report)) {
                for (Line line : s.lines()) {
                    String heading = line.outcomeLevel() ? "" : line.label();
                    if (report.breakdown() != Breakdown.NONE) {
                        for (int c = 0; c < line.cells().size(); c++) {
                            record(printer, s.title(), heading, line.measure(), report.categories().get(c).label(), line.cells().get(c));
                        }
                    }
                    record(printer, s.title(), heading, line.measure(), texts.text("reports.column.total"), line.total());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void record(CSVPrinter printer, String outcome, String heading, Measure m, String category, Figure f) throws IOException {
        printer.printRecord(outcome, heading, texts.measure(m), category, texts.cell(m, f.current()),
                texts.cell(m, f.previous()), texts.change(m, f.change()));
    }

    /** The header of a wide table, as the screen lays it out. */
    List<String> columns(OutcomeReport report) {
        var columns = new ArrayList<String>(List.of(texts.text("reports.column.heading"), texts.text("reports.column.measure")));
        if (report.breakdown() != Breakdown.NONE) {
            report.categories().stream().map(Category::label).forEach(columns::add);
        }
        columns.add(texts.text("reports.column.total"));
        if (report.compared()) {
            columns.add(texts.text("reports.column.previous"));
            columns.add(texts.text("reports.column.change"));
        }
        return columns;
    }

    /**
     * The figures of a line in the wide layout: each category (null where the breakdown does not apply), the total,
     * and the previous total.
     */
    List<Cell> figures(OutcomeReport report, Line line) {
        var cells = new ArrayList<Cell>();
        if (report.breakdown() != Breakdown.NONE) {
            if (line.cells().isEmpty()) {
                report.categories().forEach(c -> cells.add(null));
            }
            line.cells().forEach(f -> cells.add(f.current()));
        }
        cells.add(line.total().current());
        if (report.compared()) {
            cells.add(line.total().previous());
        }
        return cells;
    }

    private String label(Line line) {
        return line.outcomeLevel() ? texts.text("reports.outcomeLine") : line.label();
    }

    byte[] xlsx(OutcomeReport report) {
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(texts.text("reports.title"));
            var format = book.createDataFormat();
            CellStyle whole = book.createCellStyle();
            whole.setDataFormat(format.getFormat("0"));
            CellStyle oneDecimal = book.createCellStyle();
            oneDecimal.setDataFormat(format.getFormat("0.0"));
            CellStyle twoDecimals = book.createCellStyle();
            twoDecimals.setDataFormat(format.getFormat("0.00"));
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(texts.text("reports.title"));
            sheet.createRow(r++).createCell(0).setCellValue(texts.text("reports.periodLabel", report.period().from(), report.period().to()));
            sheet.createRow(r++).createCell(0).setCellValue(texts.text("reports.scopeLabel", report.scopeLabel()));
            for (Section s : sections(report)) {
                r++;
                sheet.createRow(r++).createCell(0).setCellValue(s.title());
                Row header = sheet.createRow(r++);
                var columns = columns(report);
                for (int c = 0; c < columns.size(); c++) {
                    header.createCell(c).setCellValue(columns.get(c));
                }
                for (Line line : s.lines()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(label(line));
                    row.createCell(1).setCellValue(texts.measure(line.measure()));
                    int c = 2;
                    for (Cell cell : figures(report, line)) {
                        var x = row.createCell(c++);
                        if (cell == null) {
                            x.setBlank();
                        } else if (cell.suppressed()) {
                            x.setCellValue(texts.text("reports.hidden"));
                        } else {
                            x.setCellValue(Double.parseDouble(line.measure().format(cell.amount())));
                            x.setCellStyle(switch (line.measure()) {
                                case VOLUNTEERING_HOURS -> oneDecimal;
                                case AVERAGE_DISTANCE_TRAVELLED -> twoDecimals;
                                default -> whole;
                            });
                        }
                    }
                    if (report.compared()) {
                        row.createCell(c).setCellValue(texts.change(line.measure(), line.total().change()));
                    }
                }
            }
            Sheet notes = book.createSheet(texts.text("reports.pdf.method"));
            notes.createRow(0).createCell(0).setCellValue(texts.text("reports.methodNote"));
            notes.createRow(1).createCell(0).setCellValue(texts.text("reports.suppressionNote", report.minCellSize()));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] pdf(OutcomeReport report) {
        var out = new ByteArrayOutputStream();
        var pdf = new Document(report.breakdown() == Breakdown.NONE ? PageSize.A4 : PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(pdf, out);
        String title = texts.text("reports.title");
        pdf.addTitle(title);
        pdf.open();
        pdf.add(new Paragraph(title, TITLE));
        pdf.add(new Paragraph(texts.text("reports.pdf.councilLine", councilName), BODY));
        pdf.add(new Paragraph(texts.text("reports.periodLabel", report.period().from(), report.period().to()), BODY));
        pdf.add(new Paragraph(texts.text("reports.scopeLabel", report.scopeLabel()), BODY));
        if (report.compared()) {
            pdf.add(new Paragraph(texts.text("reports.previousNote", report.previous().from(), report.previous().to()), BODY));
        }
        pdf.add(new Paragraph(texts.text("reports.pdf.generated", LocalDate.now()), BODY));
        for (Section s : sections(report)) {
            var heading = new Paragraph(s.title(), HEADING);
            heading.setSpacingBefore(12);
            heading.setSpacingAfter(6);
            pdf.add(heading);
            var columns = columns(report);
            var table = new PdfPTable(columns.size());
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            columns.forEach(c -> table.addCell(new PdfPCell(new Phrase(c, BOLD))));
            for (Line line : s.lines()) {
                table.addCell(new PdfPCell(new Phrase(label(line), line.outcomeLevel() ? BOLD : BODY)));
                table.addCell(new PdfPCell(new Phrase(texts.measure(line.measure()), BODY)));
                for (Cell cell : figures(report, line)) {
                    table.addCell(number(texts.cell(line.measure(), cell)));
                }
                if (report.compared()) {
                    table.addCell(number(texts.change(line.measure(), line.total().change())));
                }
            }
            pdf.add(table);
        }
        var method = new Paragraph(texts.text("reports.pdf.method"), HEADING);
        method.setSpacingBefore(12);
        pdf.add(method);
        pdf.add(new Paragraph(texts.text("reports.methodNote"), BODY));
        pdf.add(new Paragraph(texts.text("reports.pdf.suppression"), HEADING));
        pdf.add(new Paragraph(texts.text("reports.suppressionNote", report.minCellSize()), BODY));
        pdf.close();
        return out.toByteArray();
    }

    private static PdfPCell number(String text) {
        var cell = new PdfPCell(new Phrase(text, BODY));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}

package org.bridgework.funding;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Writes checked grants as they arrive: into the 360Giving JSON data package, a CSV file or an XLSX workbook. */
@Component
class GivingPackageWriter {

    private final FundingSettings settings;
    private final GivingGrants giving;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;

    GivingPackageWriter(FundingSettings settings, GivingGrants giving, Clock clock) {
        this.settings = settings;
        this.giving = giving;
        this.clock = clock;
    }

    GivingExport.Sink open(ExportFormat format, OutputStream out, int locations, String description) {
        return switch (format) {
            case JSON -> jsonPackage(out, description);
            case CSV -> csv(out, locations);
            case XLSX -> xlsx(out, locations);
        };
    }

    private GivingExport.Sink jsonPackage(OutputStream out, String description) {
        JsonGenerator gen = json.createGenerator(out);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        gen.writeStartObject();
        gen.writeStringProperty("title", settings.defaultFunderName + " grants data (360Giving)");
        gen.writeStringProperty("description", "Grants and commissions recorded in Bridgework: " + description + ".");
        gen.writeStringProperty("identifier", settings.grantIdPrefix + "package-" + now.getEpochSecond());
        gen.writeStringProperty("issued", LocalDate.now(clock).toString());
        gen.writeStringProperty("modified", now.toString());
        gen.writeStringProperty("version", "1.4");
        gen.writeStringProperty("license", settings.licence);
        gen.writeName("publisher");
        gen.writeStartObject();
        gen.writeStringProperty("identifier", settings.defaultFunderIdentifier);
        gen.writeStringProperty("name", settings.defaultFunderName);
        gen.writeStringProperty("website", settings.publisherWebsite);
        gen.writeEndObject();
        gen.writeName("grants");
        gen.writeStartArray();
        return new GivingExport.Sink() {
            @Override
            public void accept(Grant grant, Instant modified, ObjectNode node) {
                json.writeTree(gen, node);
            }

            @Override
            public void finish() {
                gen.writeEndArray();
                gen.writeEndObject();
                gen.flush();
            }
        };
    }

    private GivingExport.Sink csv(OutputStream out, int locations) {
        try {
            var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    CSVFormat.DEFAULT.builder().setHeader(GivingGrants.headers(locations).toArray(String[]::new)).get());
            return new GivingExport.Sink() {
                @Override
                public void accept(Grant grant, Instant modified, ObjectNode node) {
                    try {
                        printer.printRecord(giving.toRow(grant, modified, locations).stream()
                                .map(GivingPackageWriter::cell).toList());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void finish() {
                    try {
                        printer.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A streaming workbook keeps only a window of rows in memory, the rest on disk until it is written. */
    private GivingExport.Sink xlsx(OutputStream out, int locations) {
        var workbook = new SXSSFWorkbook(200);
        var sheet = workbook.createSheet("grants");
        List<String> headers = GivingGrants.headers(locations);
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            head.createCell(c).setCellValue(headers.get(c));
        }
        int[] next = {1};
        return new GivingExport.Sink() {
            @Override
            public void accept(Grant grant, Instant modified, ObjectNode node) {
                Row row = sheet.createRow(next[0]++);
                var cells = giving.toRow(grant, modified, locations);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof BigDecimal amount) {
                        row.createCell(c).setCellValue(amount.doubleValue());
                    } else if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }

            @Override
            public void finish() {
                try (workbook) {
                    workbook.write(out);
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void abandon() {
                workbook.dispose();
            }
        };
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        return v instanceof BigDecimal amount ? amount.toPlainString() : v.toString();
    }
}

package org.bridgework.reports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The ranking as CSV, with the same hidden counts as on screen ("fewer than 5"). {@code headers} are the column
 * names in the reader's language, in the order of {@link #COLUMNS}; the funding column is left out when no source
 * reported funding, and sessions when the areas are LSOAs.
 */
public final class ColdSpotCsv {

    public static final List<String> COLUMNS = List.of("position", "code", "name", "decile", "residents", "sessions",
            "participants", "perThousand", "funding", "needRank", "provisionRank", "score");

    private ColdSpotCsv() {
    }

    public static List<String> columns(ColdSpotReport report) {
        var columns = new ArrayList<>(COLUMNS);
        if (report.level() == AreaLevel.LSOA) {
            columns.remove("sessions");
        }
        if (!report.measures().contains(ProvisionMeasure.FUNDING_AWARDED_GBP)) {
            columns.remove("funding");
        }
        return columns;
    }

    /** {@code hidden} is the text for a hidden count, e.g. "fewer than 5". */
    public static String write(ColdSpotReport report, Function<String, String> header, String hidden) {
        var columns = columns(report);
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(columns.stream().map(header).toArray(String[]::new)).get())) {
            for (ColdSpotLine line : report.lines()) {
                var values = new ArrayList<String>();
                for (String column : columns) {
                    values.add(value(line, column, hidden));
                }
                csv.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String value(ColdSpotLine line, String column, String hidden) {
        return switch (column) {
            case "position" -> Integer.toString(line.position());
            case "code" -> line.code();
            case "name" -> line.name();
            case "decile" -> line.deprivationDecile() == null ? "" : String.format(Locale.UK, "%.1f", line.deprivationDecile());
            case "residents" -> Long.toString(line.residents());
            case "sessions" -> line.sessionsDelivered() == null ? "" : Long.toString(line.sessionsDelivered());
            case "participants" -> line.participants().suppressed() ? hidden : Long.toString(line.participants().value());
            case "perThousand" -> line.participationPerThousand() == null ? ""
                    : String.format(Locale.UK, "%.1f", line.participationPerThousand());
            case "funding" -> line.fundingGbp() == null ? "" : line.fundingGbp().setScale(0, RoundingMode.HALF_UP).toPlainString();
            case "needRank" -> line.needRank() == null ? "" : line.needRank().toString();
            case "provisionRank" -> line.provisionRank() == null ? "" : line.provisionRank().toString();
            case "score" -> line.score() == null ? "" : line.score().toString();
            default -> throw new IllegalArgumentException(column);
        };
    }
}

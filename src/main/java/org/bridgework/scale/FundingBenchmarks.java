package org.bridgework.scale;

import org.bridgework.funding.ExportFormat;
import org.bridgework.funding.GivingExport;
import org.bridgework.funding.GrantFilter;
import org.springframework.stereotype.Component;

import java.io.OutputStream;
import java.time.Duration;
import java.util.List;

/**
 * The 360Giving export of every grant, through the app (streamed, each grant checked against the official schema,
 * written as JSON or CSV) against the best raw SQL reading the same rows with their wards.
 */
@Component
class FundingBenchmarks implements BenchmarkCase {

    private static final Duration EXPORT = Duration.ofSeconds(3);
    private static final String SAME_ROWS = "select g.id, g.title, g.description, g.amount_awarded, g.currency, g.award_date,"
            + " g.planned_start, g.planned_end, g.programme, g.funder_identifier, g.funder_name, g.recipient_organisation_id,"
            + " g.recipient_identifier, g.recipient_name, g.lsoa_code, g.updated_at,"
            + " (select group_concat(w.ward_code order by w.ward_code) from grant_ward w where w.grant_id = g.id) wards"
            + " from grant_award g order by g.id";

    private final GivingExport export;

    FundingBenchmarks(GivingExport export) {
        this.export = export;
    }

    @Override
    public String name() {
        return "funding";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<BenchmarkQuestion> prepare(BenchmarkContext context) {
        var jdbc = context.jdbc();
        long grants = jdbc.sql("select count(*) from grant_award").query(Long.class).single();
        IntToRows sql = i -> {
            long[] rows = {0};
            jdbc.sql(SAME_ROWS).query(rs -> {
                rows[0]++;
            });
            return rows[0];
        };
        return List.of(
                new BenchmarkQuestion(String.format("360Giving JSON export of all %,d grants, schema-checked", grants), EXPORT, true,
                        i -> export.write(GrantFilter.none(), ExportFormat.JSON, OutputStream.nullOutputStream()), sql::rows),
                new BenchmarkQuestion(String.format("360Giving CSV export of all %,d grants, schema-checked", grants), EXPORT, true,
                        i -> export.write(GrantFilter.none(), ExportFormat.CSV, OutputStream.nullOutputStream()), sql::rows));
    }

    @FunctionalInterface
    private interface IntToRows {
        long rows(int run);
    }
}

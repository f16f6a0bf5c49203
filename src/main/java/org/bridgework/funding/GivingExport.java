package org.bridgework.funding;

import org.bridgework.audit.AuditService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;

/**
 * Publishes grants as 360Giving data: the JSON data package, or a CSV/XLSX spreadsheet with 360Giving's column titles.
 * Rows stream from the database to the file; every grant is checked against the official grant schema on the way, and
 * if any fails the file is refused with each problem named (grant and field), so nothing invalid is ever downloaded.
 * A partner's export holds only the grants its own organisation received.
 */
@Service
public class GivingExport {

    private static final int MAX_PROBLEMS = 20;

    private final NamedParameterJdbcTemplate rows;
    private final GrantScope scope;
    private final GivingGrants giving;
    private final GivingSchemas schemas;
    private final GivingPackageWriter writer;
    private final AuditService audit;
    private final Clock clock;

    GivingExport(DataSource dataSource, GrantScope scope, GivingGrants giving, GivingSchemas schemas,
                 GivingPackageWriter writer, AuditService audit, Clock clock) {
        var streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(500);
        this.rows = new NamedParameterJdbcTemplate(streaming);
        this.scope = scope;
        this.giving = giving;
        this.schemas = schemas;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    /** Writes the export to {@code out} and returns how many grants it holds; throws if any grant fails the checks. */
    @PreAuthorize(GrantScope.READERS)
    @Transactional(readOnly = true)
    public int write(GrantFilter filter, ExportFormat format, OutputStream out) {
        var where = new StringBuilder(" where 1 = 1");
        var params = new HashMap<String, Object>();
        GrantRows.where(filter, scope.recipientLimit(), where, params);
        int locations = format == ExportFormat.JSON ? 0 : rows.queryForObject("select coalesce(max(n), 0) from (select"
                + " (select count(*) from grant_ward w where w.grant_id = g.id) + (g.lsoa_code is not null) n"
                + " from grant_award g" + where + ") c", params, Integer.class);
        var problems = new ArrayList<String>();
        int[] count = {0};
        var sink = writer.open(format, out, locations, description(filter));
        rows.query("select " + GrantRows.COLUMNS + ", g.updated_at from grant_award g" + where + " order by g.id", params, rs -> {
            Grant grant = GrantRows.MAPPER.mapRow(rs, count[0]);
            Instant modified = rs.getTimestamp("updated_at").toInstant();
            var node = giving.toJson(grant, modified);
            if (problems.size() < MAX_PROBLEMS) {
                for (String problem : schemas.checkGrant(node)) {
                    problems.add("Grant " + giving.grantId(grant) + " (\"" + grant.title() + "\"): " + problem);
                }
            }
            sink.accept(grant, modified, node);
            count[0]++;
        });
        if (count[0] == 0) {
            problems.add("No grants match these choices, so there is nothing to publish.");
        }
        if (!problems.isEmpty()) {
            sink.abandon();
            throw new ExportRefusedException(problems);
        }
        sink.finish();
        return count[0];
    }

    /** Checks and writes the export to a temporary file; nothing is recorded until it is downloaded. */
    @PreAuthorize(GrantScope.READERS)
    public ExportFile prepare(GrantFilter filter, ExportFormat format) {
        try {
            var file = Files.createTempFile("bridgework-360giving-", "." + format.extension());
            try (var out = Files.newOutputStream(file)) {
                int grants = write(filter, format, out);
                String name = "360giving-grants-" + LocalDate.now(clock) + "." + format.extension();
                return new ExportFile(file, name, format, grants, description(filter));
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The export could not be written to a temporary file", e);
        }
    }

    /** The prepared file for download, audited as an export; the file is removed once it has been read. */
    @PreAuthorize(GrantScope.READERS)
    public InputStream download(ExportFile file) {
        audit.recordExport("GRANTS_360GIVING", null, null, file.format() + ", " + file.grants() + " grants, " + file.description());
        try {
            var in = Files.newInputStream(file.path());
            return new java.io.FilterInputStream(in) {
                @Override
                public void close() throws IOException {
                    super.close();
                    Files.deleteIfExists(file.path());
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("The prepared export is no longer available; prepare it again", e);
        }
    }

    private static String description(GrantFilter filter) {
        var f = filter == null ? GrantFilter.none() : filter;
        var parts = new ArrayList<String>();
        if (f.year() != null) {
            parts.add("awarded in " + f.year());
        }
        if (f.programme() != null && !f.programme().isBlank()) {
            parts.add("programme " + f.programme());
        }
        if (f.recipientOrganisationId() != null) {
            parts.add("one recipient");
        }
        if (f.wardCode() != null) {
            parts.add("ward " + f.wardCode());
        }
        return parts.isEmpty() ? "all grants" : String.join(", ", parts);
    }

    /** Where each checked grant goes: the JSON package or a spreadsheet. */
    interface Sink {
        void accept(Grant grant, Instant modified, tools.jackson.databind.node.ObjectNode node);

        void finish();

        /** The export was refused: let go of anything held for it. */
        default void abandon() {
        }
    }
}

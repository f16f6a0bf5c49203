package org.bridgework.timecredits;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openpdf.text.Document;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** One account's entries with a running balance, computed over the whole history before the date filter. */
@Component
class Statements {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final JdbcClient jdbc;

    Statements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StatementLine> page(long accountId, LocalDate from, LocalDate to, int offset, int limit) {
        var sql = new StringBuilder("""
                select id, occurred_at, tx_type, reason, amount, running from (
                  select t.id, t.occurred_at, t.tx_type, t.reason, e.amount,
                         sum(e.amount) over (order by t.id rows unbounded preceding) running
                  from tc_entry e join tc_transaction t on t.id = e.transaction_id where e.account_id = ?) s where 1 = 1""");
        var params = new ArrayList<Object>();
        params.add(accountId);
        if (from != null) {
            sql.append(" and occurred_at >= ?");
            params.add(from.atStartOfDay(LONDON).toInstant());
        }
        if (to != null) {
            sql.append(" and occurred_at < ?");
            params.add(to.plusDays(1).atStartOfDay(LONDON).toInstant());
        }
        sql.append(" order by id desc limit ? offset ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new StatementLine(rs.getLong(1),
                rs.getTimestamp(2).toInstant(), TransactionType.valueOf(rs.getString(3)), rs.getString(4), rs.getLong(5),
                rs.getLong(6))).list();
    }

    String csv(long accountId, LocalDate from, LocalDate to) {
        var out = new StringWriter();
        var when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(LONDON);
        try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("Date", "Type", "Description", "Credits", "Balance").get())) {
            forEachLine(accountId, from, to, l -> {
                try {
                    printer.printRecord(when.format(l.occurredAt()), l.type().label(), l.description(), l.amount(), l.balanceAfter());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A statement a volunteer can print or keep: newest first, with the running balance. */
    byte[] pdf(long accountId, String membershipNumber, LocalDate from, LocalDate to) {
        var when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(LONDON);
        var out = new java.io.ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Time Credits statement", FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
        document.add(new Paragraph("Card number " + membershipNumber + ". Period: "
                + (from == null ? "from the start" : "from " + from) + (to == null ? " to today" : " to " + to) + "."));
        document.add(new Paragraph(" "));
        var table = new PdfPTable(new float[]{3, 2, 5, 1.5f, 1.5f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : new String[]{"Date", "Type", "Description", "Credits", "Balance"}) {
            table.addCell(new Phrase(h, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10)));
        }
        var cell = FontFactory.getFont(FontFactory.HELVETICA, 10);
        int[] rows = {0};
        forEachLine(accountId, from, to, l -> {
            table.addCell(new Phrase(when.format(l.occurredAt()), cell));
            table.addCell(new Phrase(l.type().label(), cell));
            table.addCell(new Phrase(l.description() == null ? "" : l.description(), cell));
            table.addCell(new Phrase(Long.toString(l.amount()), cell));
            table.addCell(new Phrase(Long.toString(l.balanceAfter()), cell));
            rows[0]++;
        });
        if (rows[0] == 0) {
            document.add(new Paragraph("No credits were earned or spent in this period."));
        } else {
            document.add(table);
        }
        document.close();
        return out.toByteArray();
    }

    private void forEachLine(long accountId, LocalDate from, LocalDate to, java.util.function.Consumer<StatementLine> line) {
        int offset = 0;
        List<StatementLine> page;
        do {
            page = page(accountId, from, to, offset, 500);
            page.forEach(line);
            offset += page.size();
        } while (page.size() == 500);
    }
}

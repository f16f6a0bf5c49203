package org.bridgework.platform;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Many rows in one statement instead of one statement per row: a save of fifty people costs one round trip,
 * not fifty. Rows are sent in chunks, so that no statement exceeds the server's limit on placeholders.
 */
public final class MultiRowSql {

    private static final int MAX_PLACEHOLDERS = 20_000;
    /**
     * A null typed as such: an untyped null makes Spring ask the driver for the parameter's type, which costs
     * MariaDB's driver a server-side prepare of the whole statement, another round trip.
     */
    private static final SqlParameterValue NULL = new SqlParameterValue(Types.NULL, null);

    private MultiRowSql() {
    }

    /**
     * Runs {@code head values (?, ...), (?, ...) tail} for the rows (every row as wide as the first) and returns
     * the affected-row count the server reports. {@code tail} is for an {@code on duplicate key update} clause.
     */
    public static int insert(JdbcClient jdbc, String head, List<Object[]> rows, String tail) {
        if (rows.isEmpty()) {
            return 0;
        }
        int width = rows.getFirst().length;
        String row = "(" + placeholders(width) + ")";
        int perStatement = Math.max(1, MAX_PLACEHOLDERS / width);
        int affected = 0;
        for (int from = 0; from < rows.size(); from += perStatement) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
            var params = new ArrayList<Object>(chunk.size() * width);
            chunk.forEach(r -> {
                for (Object value : r) {
                    params.add(value == null ? NULL : value);
                }
            });
            affected += jdbc.sql(head + " values " + String.join(", ", Collections.nCopies(chunk.size(), row))
                    + (tail == null || tail.isBlank() ? "" : " " + tail)).params(params).update();
        }
        return affected;
    }

    /** "?, ?, ?" for an {@code in (...)} list or a row of values. */
    public static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}

package org.bridgework.scale;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Multi-row INSERTs of a few hundred rows each, sent from a second thread while the caller makes the next rows,
 * so that generating and writing overlap. Works with any driver setting; each statement commits on its own.
 */
public final class BatchInsert implements AutoCloseable {

    private static final int MAX_IN_FLIGHT = 2;

    private final DataSource dataSource;
    private final String head;
    private final String rowPlaceholders;
    private final int rowsPerStatement;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "batch-insert");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<?>> inFlight = new ArrayList<>();
    private List<Object[]> rows = new ArrayList<>();
    private long written;

    public BatchInsert(DataSource dataSource, String table, List<String> columns, int rowsPerStatement) {
        this.dataSource = dataSource;
        this.head = "insert into " + table + " (" + String.join(", ", columns) + ") values ";
        this.rowPlaceholders = "(" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        this.rowsPerStatement = rowsPerStatement;
    }

    public void add(Object... values) {
        rows.add(values);
        if (rows.size() == rowsPerStatement) {
            send();
        }
    }

    public long written() {
        return written;
    }

    private void send() {
        var batch = rows;
        rows = new ArrayList<>(rowsPerStatement);
        while (inFlight.size() >= MAX_IN_FLIGHT) {
            await(inFlight.removeFirst());
        }
        inFlight.add(writer.submit(() -> write(batch)));
        written += batch.size();
    }

    private void write(List<Object[]> batch) {
        var sql = new StringBuilder(head.length() + batch.size() * (rowPlaceholders.length() + 2)).append(head);
        for (int i = 0; i < batch.size(); i++) {
            sql.append(i == 0 ? "" : ",").append(rowPlaceholders);
        }
        try (Connection c = dataSource.getConnection(); var ps = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (Object[] row : batch) {
                for (Object v : row) {
                    ps.setObject(p++, v);
                }
            }
            ps.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Batch insert failed: " + head, e);
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Sends what is left and waits until every row is in the database. */
    @Override
    public void close() {
        try {
            if (!rows.isEmpty()) {
                send();
            }
            while (!inFlight.isEmpty()) {
                await(inFlight.removeFirst());
            }
        } finally {
            writer.shutdown();
        }
    }
}

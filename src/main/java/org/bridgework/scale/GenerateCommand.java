package org.bridgework.scale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code generate} profile: fills the configured database with a preset and exits. Refuses a database that
 * already holds residents unless told to add to it, so that it never mixes into real data by mistake.
 */
@Component
@Profile("generate")
class GenerateCommand implements ApplicationRunner {

    private final DatasetGenerator generator;
    private final JdbcClient jdbc;
    private final ConfigurableApplicationContext application;
    private final String preset;
    private final long seed;
    private final boolean addToExisting;

    GenerateCommand(DatasetGenerator generator, JdbcClient jdbc, ConfigurableApplicationContext application,
                    @Value("${bridgework.generate.preset:ci}") String preset,
                    @Value("${bridgework.generate.seed:20261201}") long seed,
                    @Value("${bridgework.generate.add-to-existing:false}") boolean addToExisting) {
        this.generator = generator;
        this.jdbc = jdbc;
        this.application = application;
        this.preset = preset;
        this.seed = seed;
        this.addToExisting = addToExisting;
    }

    @Override
    public void run(ApplicationArguments args) {
        long existing = jdbc.sql("select count(*) from resident").query(Long.class).single();
        if (existing > 0 && !addToExisting) {
            System.out.printf("[generate] The database already holds %,d residents; nothing generated."
                    + " Use an empty database, or --bridgework.generate.add-to-existing=true.%n", existing);
        } else {
            generator.generate(Preset.of(preset), seed);
        }
        System.exit(SpringApplication.exit(application, () -> 0));
    }
}

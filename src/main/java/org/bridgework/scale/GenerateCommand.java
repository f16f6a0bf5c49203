package org.bridgework.scale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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
    private final Set<String> parts;

    GenerateCommand(DatasetGenerator generator, JdbcClient jdbc, ConfigurableApplicationContext application,
                    @Value("${bridgework.generate.preset:ci}") String preset,
                    @Value("${bridgework.generate.seed:20261201}") long seed,
                    @Value("${bridgework.generate.add-to-existing:false}") boolean addToExisting,
                    @Value("${bridgework.generate.parts:}") String parts) {
        this.generator = generator;
        this.jdbc = jdbc;
        this.application = application;
        this.preset = preset;
        this.seed = seed;
        this.addToExisting = addToExisting;
        this.parts = Arrays.stream(parts.split(",")).map(String::trim).filter(p -> !p.isEmpty())
                .map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public void run(ApplicationArguments args) {
        int status = 0;
        long existing = jdbc.sql("select count(*) from resident").query(Long.class).single();
        if (!parts.isEmpty()) {
            // named parts go into an existing data set: they read the residents and organisations already there
            if (existing == 0) {
                System.out.println("[generate] Named parts " + parts + " need a generated data set; the database has no residents.");
                status = 2;
            } else {
                status = run(parts);
            }
        } else if (existing > 0 && !addToExisting) {
            System.out.printf("[generate] The database already holds %,d residents; nothing generated."
                    + " Use an empty database, --bridgework.generate.add-to-existing=true, or name the parts to add"
                    + " with --bridgework.generate.parts=...%n", existing);
        } else {
            status = run(Set.of());
        }
        int exit = status;
        System.exit(SpringApplication.exit(application, () -> exit));
    }

    private int run(Set<String> only) {
        try {
            generator.generate(Preset.of(preset), seed, only);
            return 0;
        } catch (IllegalArgumentException e) {
            System.out.println("[generate] " + e.getMessage());
            return 2;
        }
    }
}

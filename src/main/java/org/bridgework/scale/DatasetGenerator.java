package org.bridgework.scale;

import org.bridgework.reports.OutcomeReportService;
import org.bridgework.security.SystemUser;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Runs every {@link DatasetPart} in order into the application's database. Inert until asked. */
@Component
class DatasetGenerator {

    private final DataSource dataSource;
    private final List<DatasetPart> parts;
    private final OutcomeReportService reports;

    DatasetGenerator(DataSource dataSource, List<DatasetPart> parts, OutcomeReportService reports) {
        this.dataSource = dataSource;
        this.reports = reports;
        this.parts = parts.stream().sorted(Comparator.comparingInt(DatasetPart::order)).toList();
    }

    GenerationContext generate(Preset preset, long seed) {
        return generate(preset, seed, Set.of());
    }

    List<String> partNames() {
        return parts.stream().map(DatasetPart::name).toList();
    }

    /**
     * Runs the named parts only (all when none are named), into whatever the database already holds: a part
     * added later (grants, say) can then fill its tables in a London data set without generating it again.
     */
    GenerationContext generate(Preset preset, long seed, Set<String> only) {
        var unknown = only.stream().filter(n -> !partNames().contains(n)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("No dataset part called " + unknown + "; the parts are " + partNames());
        }
        var chosen = parts.stream().filter(p -> only.isEmpty() || only.contains(p.name())).toList();
        var context = new GenerationContext(dataSource, preset, seed);
        System.out.printf("[generate] preset %s (seed %d): %,d residents, %,d households, %,d organisations; parts %s%n",
                preset, seed, preset.residents(), preset.households(), preset.organisations(),
                chosen.stream().map(DatasetPart::name).toList());
        for (var part : chosen) {
            long started = System.nanoTime();
            part.generate(context);
            System.out.printf("[generate] %s done in %.1f s%n", part.name(), (System.nanoTime() - started) / 1e9);
        }
        long started = System.nanoTime();
        SystemUser.run(reports::summariesAfterBulkLoad);
        System.out.printf("[generate] report totals worked out in %.1f s (people reached: rebuilt by the app)%n",
                (System.nanoTime() - started) / 1e9);
        System.out.printf("[generate] all parts done in %s (m:ss)%n", context.elapsed());
        return context;
    }
}

package org.bridgework.scale;

import org.bridgework.IntegrationTest;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The ci preset generated into the test database and benchmarked once: correctness only, never timings. */
class SmallScaleBenchmarkTest extends IntegrationTest {

    @Autowired
    DatasetGenerator generator;
    @Autowired
    Benchmark benchmark;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RedemptionThroughput redemptions;
    @Autowired
    ResidentService residents;

    @Test
    void sixteenConcurrentTillsSpendEveryCreditOnceAndNoMore() {
        var result = redemptions.run(16, 300);
        System.out.println(result.line());
        assertThat(result.failed()).as("errors other than lack of credit").isZero();
        assertThat(result.succeeded()).isEqualTo(result.balanceBefore()).isEqualTo(300);
        assertThat(result.refused()).isEqualTo(result.attempts() - 300L);
        assertThat(result.balanceAfter()).isZero();
        assertThat(result.overspent()).isFalse();
        assertThat(result.ledgerSound()).isTrue();
    }

    @Test
    void generatesTheCiPresetAndAnswersEveryBenchmarkQuestion() {
        var generated = generator.generate(Preset.CI, 42);

        var residentIds = generated.range("resident");
        var householdIds = generated.range("household");
        var organisationIds = generated.range("organisation");
        assertThat(residentIds.size()).isEqualTo(Preset.CI.residents());
        assertThat(householdIds.size()).isEqualTo(Preset.CI.households());
        assertThat(organisationIds.size()).isEqualTo(Preset.CI.organisations());
        assertThat(count("select count(*) from resident where id between ? and ?", residentIds)).isEqualTo(20_000);
        assertThat(count("select count(distinct household_id) from resident where id between ? and ?", residentIds))
                .as("every household has somebody in it").isEqualTo(8_000);
        assertThat(count("select count(*) from resident where id between ? and ? and ward_code is not null", residentIds))
                .as("a share in the City's wards, the rest across the boroughs").isBetween(1_000L, 4_000L);
        assertThat(count("select count(distinct borough) from resident where id between ? and ?", residentIds)).isEqualTo(33);
        assertThat(count("select count(*) from organisation where id between ? and ?", organisationIds)).isEqualTo(200);

        fixtures.signInAs(Role.OFFICER);
        assertNameKeysAreThoseTheResidentsFeatureComputes(residentIds);

        var results = benchmark.run(3, 1, Set.of());
        System.out.println(Benchmark.table(results, 3, 1));
        assertThat(results).hasSizeGreaterThanOrEqualTo(10);
        assertThat(results).allSatisfy(r -> {
            assertThat(r.appRows()).as(r.question()).isPositive();
            assertThat(r.answersAgree()).as(r.question() + ": app and raw SQL give as many rows").isTrue();
        });
    }

    /** Saving a generated record unchanged through the service recomputes its keys: they must come out the same. */
    private void assertNameKeysAreThoseTheResidentsFeatureComputes(GenerationContext.IdRange range) {
        List<Long> ids = jdbc.sql("(select id from resident where id between ? and ? and preferred_name is not null limit 5)"
                        + " union (select id from resident where id between ? and ? and preferred_name is null limit 5)")
                .params(range.first(), range.last(), range.first(), range.last()).query(Long.class).list();
        assertThat(ids).hasSize(10);
        for (long id : ids) {
            var before = keys(id);
            residents.update(residents.open(id).orElseThrow());
            assertThat(keys(id)).as("keys of resident " + id).isEqualTo(before);
        }
    }

    private List<String> keys(long id) {
        return jdbc.sql("select concat_ws('|', family_name_key, given_name_key, family_phonetic, given_phonetic)"
                + " from resident where id = ?").param(id).query(String.class).list();
    }

    private long count(String sql, GenerationContext.IdRange range) {
        return jdbc.sql(sql).params(range.first(), range.last()).query(Long.class).single();
    }
}

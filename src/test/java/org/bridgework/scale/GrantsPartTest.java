package org.bridgework.scale;

import org.bridgework.IntegrationTest;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The grants part on its own, over a few organisations: counts, determinism, and the export benchmark's agreement. */
class GrantsPartTest extends IntegrationTest {

    @Autowired
    GrantsPart part;
    @Autowired
    FundingBenchmarks benchmarks;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void generatesTheSameGrantsFromTheSameSeedAndTheExportAgreesWithRawSql() {
        long first = fixtures.organisation("Grantee").id();
        fixtures.organisation("Grantee");
        long last = fixtures.organisation("Grantee").id();

        var one = generate(first, last);
        var two = generate(first, last);

        assertThat(one.size()).isEqualTo(Preset.CI.count(10_000)).isEqualTo(200);
        assertThat(content(one)).isEqualTo(content(two));
        assertThat(jdbc.sql("select count(distinct recipient_organisation_id) from grant_award where id between ? and ?")
                .params(one.first(), one.last()).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from grant_award g where id between ? and ? and lsoa_code is null"
                        + " and not exists (select 1 from grant_ward w where w.grant_id = g.id)")
                .params(one.first(), one.last()).query(Long.class).single()).as("every grant names its area").isZero();

        fixtures.signInAs(Role.OFFICER);
        var questions = benchmarks.prepare(new BenchmarkContext(jdbc, 0, List.of()));
        assertThat(questions).hasSize(2).allSatisfy(q -> {
            long app = q.app().applyAsLong(0);
            assertThat(app).isGreaterThanOrEqualTo(400).isEqualTo(q.bestSql().applyAsLong(0));
        });
    }

    private GenerationContext.IdRange generate(long firstOrganisation, long lastOrganisation) {
        var context = new GenerationContext(dataSource, Preset.CI, 42);
        context.recordRange(OrganisationsPart.TABLE, new GenerationContext.IdRange(firstOrganisation, lastOrganisation));
        part.generate(context);
        return context.range(GrantsPart.TABLE);
    }

    private List<String> content(GenerationContext.IdRange range) {
        return jdbc.sql("select concat_ws('|', title, amount_awarded, award_date, programme, recipient_organisation_id,"
                        + " coalesce(lsoa_code, ''), (select group_concat(ward_code order by ward_code) from grant_ward w"
                        + " where w.grant_id = g.id)) from grant_award g where id between ? and ? order by id")
                .params(range.first(), range.last()).query(String.class).list();
    }
}

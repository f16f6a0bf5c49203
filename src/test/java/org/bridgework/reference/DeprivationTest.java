package org.bridgework.reference;

import org.bridgework.IntegrationTest;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DeprivationTest extends IntegrationTest {

    @Autowired
    Deprivation deprivation;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyLsoaOfTheFileIsLoadedWithItsDeciles() throws Exception {
        long csvRows;
        try (var lines = Files.lines(Path.of("db-changelog/data/london_lsoa_imd2019_deciles.csv"))) {
            csvRows = lines.skip(1).filter(l -> !l.isBlank()).count();
        }
        assertThat(jdbc.sql("select count(*) from imd2019_lsoa").query(Long.class).single()).isEqualTo(csvRows);
        assertThat(deprivation.size()).isEqualTo((int) csvRows).isEqualTo(4835);

        fixtures.signInAs(Role.OFFICER);
        assertThat(deprivation.decile("E01000001")).hasValue(9);
        assertThat(deprivation.decile("e01000005 ")).hasValue(3);
        assertThat(deprivation.decile("E01999999")).isEmpty();
        var portsoken = deprivation.lsoa("E01000005").orElseThrow();
        assertThat(portsoken.lsoaName()).isEqualTo("City of London 001E");
        assertThat(portsoken.incomeDecile()).isEqualTo(2);
        assertThat(portsoken.childrenIncomeDecile()).isEqualTo(3);
        assertThat(deprivation.inBorough("City of London")).extracting(LsoaDeprivation::lsoaCode)
                .containsExactly("E01000001", "E01000002", "E01000003", "E01000005", "E01032739", "E01032740");
        assertThat(deprivation.inBorough("Hackney")).hasSizeGreaterThan(100)
                .allMatch(l -> l.imdDecile() >= 1 && l.imdDecile() <= 10);
    }
}

package org.bridgework.privacy;

import org.bridgework.IntegrationTest;
import org.bridgework.consent.ConsentService;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.residents.ResidentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class PrivacyDemoDataTest extends IntegrationTest {

    @Autowired
    ConsentService consents;
    @Autowired
    EqualityMonitoringService equality;
    @Autowired
    ResidentService residents;
    @Autowired
    OrganisationService organisations;
    @Autowired
    JdbcClient jdbc;

    private long consentRows() {
        return jdbc.sql("select count(*) from consent_record").query(Long.class).single();
    }

    @Test
    void theDemoLoaderRunsOnceAndASecondStartAddsNothing() {
        for (int i = 0; i < 12; i++) {
            fixtures.resident("Demo" + i, "Privacy");
        }
        var loader = new PrivacyDemoData(consents, equality, residents, organisations);
        long before = consentRows();
        loader.run(null);
        long afterFirst = consentRows();
        if (before == 0) {
            assertThat(afterFirst).as("a fresh database gets demo consents").isPositive();
        }
        loader.run(null);
        assertThat(consentRows()).isEqualTo(afterFirst);
    }
}

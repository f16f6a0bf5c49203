package org.bridgework.timecredits;

import org.bridgework.IntegrationTest;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.organisations.OrganisationType;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class DemoTimeCreditsTest extends IntegrationTest {

    @Autowired OfferService offers;
    @Autowired HoursService hours;
    @Autowired RedemptionService redemptions;
    @Autowired ResidentService residents;
    @Autowired OrganisationService organisations;
    @Autowired Ledger ledger;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired LedgerIntegrityService integrity;

    @Test
    void demoDataLoadsOffersHoursAndRedemptionsOnceAndASecondStartAddsNothing() {
        SystemUser.run(() -> {
            ensure("Toynbee Hall", true, false);
            ensure("Barbican Library", true, true);
            ensure("Artizan Street Library and Community Centre", true, true);
            ensure("Golden Lane Sport and Fitness", false, true);
            ensure("Museum of London Docklands Learning", false, true);
        });
        for (int i = 0; i < 3; i++) {
            fixtures.resident("Demo", "Volunteer");
        }
        var loader = new DemoTimeCredits(offers, hours, redemptions, residents, organisations, ledger, tx, jdbc);
        long barbican = SystemUser.call(() -> organisations.findByName("Barbican Library").orElseThrow().id());
        loader.run(null);
        int offersAfterFirst = count("select count(*) from tc_offer");
        int transactionsAfterFirst = count("select count(*) from tc_transaction");
        assertThat(count("select count(*) from tc_offer where organisation_id = " + barbican)).isEqualTo(2);
        assertThat(count("select count(*) from tc_hours where status = 'PENDING' and activity = 'Advice café helper'")).isPositive();
        loader.run(null);
        assertThat(count("select count(*) from tc_offer")).isEqualTo(offersAfterFirst);
        assertThat(count("select count(*) from tc_transaction")).isEqualTo(transactionsAfterFirst);
        fixtures.signInAs(Role.ADMIN);
        assertThat(integrity.check().sound()).isTrue();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private void ensure(String name, boolean earn, boolean spend) {
        if (organisations.findByName(name).isEmpty()) {
            organisations.save(new OrganisationDetails(null, 0, name, OrganisationType.CHARITY, null, null, null, null,
                    "E05009292", null, null, null, null, earn, spend, true));
        }
    }
}

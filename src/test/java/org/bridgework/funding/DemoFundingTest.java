package org.bridgework.funding;

import org.bridgework.IntegrationTest;
import org.bridgework.activities.StrategyService;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.organisations.OrganisationType;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoFundingTest extends IntegrationTest {

    @Autowired
    GrantService grants;
    @Autowired
    OrganisationService organisations;
    @Autowired
    StrategyService strategy;
    @Autowired
    FundingSettings settings;
    @Autowired
    GivingExport export;
    @Autowired
    GivingSchemas schemas;

    @Test
    void loadsOnceAndTheDemoGrantsArePublishableAs360Giving() {
        for (String name : List.of("Toynbee Hall", "Aldgate Community Events CIC", "Prior Weston Primary School",
                "Portsoken Family Support Service")) {
            SystemUser.run(() -> {
                if (organisations.findByName(name).isEmpty()) {
                    organisations.save(new OrganisationDetails(null, 0, name, OrganisationType.CHARITY, null, null, null,
                            null, "E05009308", null, null, null, null, true, false, true));
                }
            });
        }
        var loader = new DemoFunding(grants, organisations, strategy, settings);
        loader.run(null);
        loader.run(null);

        fixtures.signInAs(Role.OFFICER);
        long toynbee = id("Toynbee Hall");
        var toynbeeBridgingDivides = new GrantFilter(DemoFunding.BRIDGING_DIVIDES, toynbee, null, null);
        assertThat(grants.count(toynbeeBridgingDivides)).as("a second start adds nothing").isEqualTo(1);
        assertThat(grants.count(new GrantFilter(DemoFunding.BRIDGING_DIVIDES, id("Aldgate Community Events CIC"), null, null))).isEqualTo(2);
        assertThat(grants.count(new GrantFilter("School visits travel fund", id("Prior Weston Primary School"), null, null))).isEqualTo(1);
        assertThat(grants.count(new GrantFilter(null, toynbee, null, null))).isEqualTo(2);
        assertThat(grants.page(toynbeeBridgingDivides, 0, 10)).allSatisfy(g -> assertThat(g.funderName()).isEqualTo("City Bridge Trust"));

        var out = new ByteArrayOutputStream();
        export.write(new GrantFilter(null, toynbee, null, null), ExportFormat.JSON, out);
        assertThat(schemas.checkPackage(JsonMapper.builder().build().readTree(out.toByteArray()))).isEmpty();
    }

    private long id(String organisation) {
        return SystemUser.call(() -> organisations.findByName(organisation).orElseThrow()).id();
    }
}

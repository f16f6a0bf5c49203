package org.bridgework.funding;

import org.bridgework.activities.StrategyItem;
import org.bridgework.activities.StrategyKind;
import org.bridgework.activities.StrategyService;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.security.SystemUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A handful of real-looking awards: Bridging Divides grants, the school visits travel fund and two commissions. */
@Component
@Order(55)
@ConditionalOnProperty(name = "bridgework.demo-data.enabled", havingValue = "true")
class DemoFunding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFunding.class);
    static final String BRIDGING_DIVIDES = "Bridging Divides";
    static final String MARKER_RECIPIENT = "Toynbee Hall";
    private static final String CITY_BRIDGE_TRUST = "GB-CHC-1035628";
    private static final String PORTSOKEN = "E05009308";
    private static final String ALDGATE = "E05009289";
    private static final String TOWER = "E05009310";
    private static final String ALDERSGATE = "E05009288";
    private static final String CRIPPLEGATE = "E05009302";

    private final GrantService grants;
    private final OrganisationService organisations;
    private final StrategyService strategy;
    private final FundingSettings settings;

    DemoFunding(GrantService grants, OrganisationService organisations, StrategyService strategy, FundingSettings settings) {
        this.grants = grants;
        this.organisations = organisations;
        this.strategy = strategy;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.run(() -> {
            // generated London-scale grants may also be Bridging Divides, so the marker is the demo partner's own
            var toynbee = organisations.findByName(MARKER_RECIPIENT);
            if (toynbee.isPresent() && grants.count(new GrantFilter(BRIDGING_DIVIDES, toynbee.get().id(), null, null)) > 0) {
                log.info("Demo grants already loaded; nothing added");
                return;
            }
            load();
        });
    }

    private void load() {
        int added = 0;
        added += award("Toynbee Hall", "Bridging Divides: money advice and debt support in Portsoken and Aldgate",
                "Two years of a money adviser and a weekly drop-in for households on low incomes in the east of the City.",
                "48500", LocalDate.of(2025, 3, 20), LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 31), BRIDGING_DIVIDES,
                true, List.of(PORTSOKEN, ALDGATE), "E01032739", null);
        added += award("Aldgate Community Events CIC", "Bridging Divides: Aldgate Square Festival outreach",
                "Door-knocking and co-design sessions so that every part of the Aldgate community shapes the festival.",
                "12000", LocalDate.of(2025, 5, 14), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 9, 30), BRIDGING_DIVIDES,
                true, List.of(ALDGATE, PORTSOKEN), null, "Community events");
        added += award("Aldgate Community Events CIC", "Bridging Divides: becoming a community interest company",
                "Training and support for volunteers setting up and running their own community interest company.",
                "7500", LocalDate.of(2024, 11, 5), LocalDate.of(2024, 12, 1), LocalDate.of(2025, 11, 30), BRIDGING_DIVIDES,
                true, List.of(ALDGATE), null, null);
        added += award("Prior Weston Primary School", "School visits travel fund: Year 4 visit to the Barbican",
                "Coach travel for sixty pupils and their teachers to a Barbican learning workshop.",
                "640", LocalDate.of(2025, 9, 10), LocalDate.of(2025, 10, 15), LocalDate.of(2025, 10, 15),
                "School visits travel fund", false, List.of(ALDERSGATE, CRIPPLEGATE), null, null);
        added += award("Toynbee Hall", "Healthy cooking classes for Square Mile residents",
                "A commissioned ten-week cooking course to improve diet, cut food bills and bring isolated residents together.",
                "18000", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30),
                "Commissioned services", false, List.of(PORTSOKEN, TOWER), null, "Healthy cooking");
        added += award("Portsoken Family Support Service", "Early help for families in greatest need",
                "Commissioned evidence-based early help: parenting, life skills and employability support for families.",
                "65000", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 1), LocalDate.of(2026, 3, 31),
                "Commissioned services", false, List.of(PORTSOKEN), null, "Family support");
        log.info("Demo grants loaded: {}", added);
    }

    private int award(String recipientName, String title, String description, String amount, LocalDate awarded,
                      LocalDate start, LocalDate end, String programme, boolean cityBridgeTrust, List<String> wards,
                      String lsoa, String strategyProgramme) {
        var recipient = organisations.findByName(recipientName);
        if (recipient.isEmpty()) {
            log.warn("Demo grant to {} skipped: no such organisation", recipientName);
            return 0;
        }
        Long programmeId = strategyProgramme == null ? null : strategy.list(StrategyKind.PROGRAMME, false).stream()
                .filter(p -> p.name().equals(strategyProgramme)).map(StrategyItem::id).findFirst().orElse(null);
        grants.save(new Grant(null, 0, title, description, new BigDecimal(amount), "GBP", awarded, start, end, programme,
                cityBridgeTrust ? CITY_BRIDGE_TRUST : settings.defaultFunderIdentifier,
                cityBridgeTrust ? "City Bridge Trust" : settings.defaultFunderName, recipient.get().id(), null, null,
                wards, lsoa, programmeId));
        return 1;
    }
}

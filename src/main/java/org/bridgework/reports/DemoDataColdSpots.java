package org.bridgework.reports;

import org.bridgework.residents.ResidentFilter;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.SystemUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Gives the demo residents of the City an LSOA, so that the cold-spots page has deprivation to show. The ward to
 * LSOA pairs are a rough hand-made fit for the demo only (Portsoken's estates, the Barbican and Golden Lane, the
 * west and the east of the City), not the ONS lookup; real residents get their LSOA from their address.
 * Idempotent: once any City resident has an LSOA, it adds nothing.
 */
@Component
@Order(55)
@ConditionalOnProperty(name = "bridgework.demo-data.enabled", havingValue = "true")
class DemoDataColdSpots implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataColdSpots.class);
    private static final String EAST = "E01000005";
    private static final String GOLDEN_LANE = "E01000003";
    private static final String BARBICAN = "E01000002";
    private static final String BARBICAN_WEST = "E01000001";
    private static final String WEST = "E01032739";
    private static final String CENTRE = "E01032740";
    private static final Map<String, String> BY_WARD = Map.ofEntries(
            Map.entry("E05009308", EAST), Map.entry("E05009289", EAST), Map.entry("E05009310", EAST),
            Map.entry("E05009288", BARBICAN_WEST), Map.entry("E05009290", BARBICAN_WEST), Map.entry("E05009299", BARBICAN_WEST),
            Map.entry("E05009305", WEST), Map.entry("E05009304", WEST), Map.entry("E05009297", WEST),
            Map.entry("E05009293", WEST), Map.entry("E05009309", WEST), Map.entry("E05009311", WEST));

    private final ResidentService residents;
    private final JdbcClient jdbc;

    DemoDataColdSpots(ResidentService residents, JdbcClient jdbc) {
        this.residents = residents;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        long placed = jdbc.sql("select count(*) from rpt_resident where ward_code is not null and lsoa_code is not null")
                .query(Long.class).single();
        if (placed > 0) {
            log.info("Cold-spots demo data already there; nothing added");
            return;
        }
        int updated = SystemUser.call(() -> {
            int count = 0;
            for (ResidentSummary r : residents.search(ResidentFilter.none(), 0, 400)) {
                if (r.wardCode() == null) {
                    continue;
                }
                var form = residents.open(r.id()).orElseThrow();
                if (form.lsoaCode() != null) {
                    continue;
                }
                try {
                    residents.update(withLsoa(form, lsoaFor(r)));
                    count++;
                } catch (RuntimeException e) {
                    // a demo record the current rules refuse is left as it is: demo data never stops a start
                    log.debug("Demo resident {} left without an LSOA: {}", r.id(), e.getMessage());
                }
            }
            return count;
        });
        log.info("Cold-spots demo data: {} City residents given an LSOA", updated);
    }

    private static String lsoaFor(ResidentSummary r) {
        if (r.wardCode().equals("E05009302")) {
            return r.id() % 2 == 0 ? GOLDEN_LANE : BARBICAN;
        }
        return BY_WARD.getOrDefault(r.wardCode(), CENTRE);
    }

    private static ResidentForm withLsoa(ResidentForm f, String lsoa) {
        return new ResidentForm(f.id(), f.version(), f.legalGivenName(), f.legalFamilyName(), f.preferredName(),
                f.dateOfBirth(), f.phone(), f.email(), f.addressLine1(), f.addressLine2(), f.town(), f.postcode(),
                f.wardCode(), f.borough(), lsoa, f.preferredLanguage(), f.interpreterNeeded(), f.accessibilityNeeds(),
                f.householdId(), f.householdRelationship(), f.notes());
    }
}

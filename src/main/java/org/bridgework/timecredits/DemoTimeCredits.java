package org.bridgework.timecredits;

import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.AgeBand;
import org.bridgework.residents.ResidentFilter;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentFacts;
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
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * Demo offers at the spend partners, hours and credits for about 40 residents (Victor Volunteer among them),
 * a few claims waiting for approval and some redemptions. Idempotent: once Barbican Library has an offer it adds nothing.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "bridgework.demo-data.enabled", havingValue = "true")
class DemoTimeCredits implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTimeCredits.class);
    private static final String[] ACTIVITIES = {"Lunch club helper", "Library homework club", "Litter pick, Aldgate Square",
            "Befriending phone calls", "Community garden", "Festival stewarding", "IT help drop-in", "Reading buddy"};

    private final OfferService offers;
    private final HoursService hours;
    private final RedemptionService redemptions;
    private final ResidentService residents;
    private final OrganisationService organisations;
    private final Ledger ledger;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;

    DemoTimeCredits(OfferService offers, HoursService hours, RedemptionService redemptions, ResidentService residents,
                    OrganisationService organisations, Ledger ledger, TransactionTemplate tx, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.offers = offers;
        this.hours = hours;
        this.redemptions = redemptions;
        this.residents = residents;
        this.organisations = organisations;
        this.ledger = ledger;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.run(() -> {
            var barbican = organisations.findByName("Barbican Library");
            if (barbican.isEmpty() || jdbc.sql("select count(*) from tc_offer where organisation_id = ?")
                    .param(barbican.get().id()).query(Integer.class).single() > 0) {
                log.info("Time Credits demo data already loaded; nothing added");
                return;
            }
            var created = createOffers();
            if (created.isEmpty()) {
                return;
            }
            var random = new Random(20261201L);
            var earners = new ArrayList<OrganisationDetails>();
            for (String name : List.of("Toynbee Hall", "Barbican Library", "Artizan Street Library and Community Centre",
                    "Aldgate Community Events CIC", "City of London Corporation Community Engagement Team")) {
                organisations.findByName(name).filter(OrganisationDetails::earnPartner).ifPresent(earners::add);
            }
            var volunteers = new ArrayList<ResidentSummary>();
            residents.search(new ResidentFilter("Volunteer", null, null, null), 0, 1).stream().findFirst().ifPresent(volunteers::add);
            residents.search(new ResidentFilter(null, null, null, AgeBand.AGE_25_TO_49), 0, 60).stream()
                    .filter(r -> volunteers.stream().noneMatch(v -> v.id() == r.id()))
                    .limit(39).forEach(volunteers::add);
            for (var v : volunteers) {
                int sessions = 1 + random.nextInt(6);
                for (int i = 0; i < sessions; i++) {
                    var org = earners.get(random.nextInt(earners.size()));
                    int minutes = (2 + random.nextInt(6)) * 30;
                    try {
                        hours.log(new HoursForm(v.id(), org.id(), ACTIVITIES[random.nextInt(ACTIVITIES.length)],
                                LocalDate.now().minusDays(1 + random.nextInt(150)), minutes, "Session leader"));
                    } catch (InvalidInputException refused) {
                        log.debug("Demo hours refused: {}", refused.getMessage());
                    }
                }
            }
            pendingClaims(volunteers, earners, random);
            int spent = 0;
            for (int i = 0; i < volunteers.size(); i += 3) {
                var card = ledger.find(AccountKind.VOLUNTEER, volunteers.get(i).id()).map(Ledger.Account::membershipNumber);
                var offer = created.get(random.nextInt(created.size()));
                if (card.isPresent()) {
                    try {
                        redemptions.redeem(new RedemptionRequest(card.get(), offer.id(), 1, UUID.randomUUID().toString()));
                        spent++;
                    } catch (InvalidInputException notEnough) {
                        log.debug("Demo redemption refused: {}", notEnough.getMessage());
                    }
                }
            }
            log.info("Time Credits demo data: {} offers, {} volunteers, {} redemptions", created.size(), volunteers.size(), spent);
        });
    }

    private List<Offer> createOffers() {
        var list = new ArrayList<Offer>();
        offer("Barbican Library", "Cinema club ticket", 1, Audience.ALL, 2, "E05009292").ifPresent(list::add);
        offer("Barbican Library", "Children's story-time craft pack", 1, Audience.CHILDREN, 3, null).ifPresent(list::add);
        offer("Golden Lane Sport and Fitness", "Swim session", 1, Audience.ALL, 4, null).ifPresent(list::add);
        offer("Golden Lane Sport and Fitness", "One-month gym pass", 8, Audience.ADULTS, 1, "E05009288").ifPresent(list::add);
        offer("Museum of London Docklands Learning", "Family workshop place", 2, Audience.ALL, 4, null).ifPresent(list::add);
        offer("Museum of London Docklands Learning", "Adult evening talk", 2, Audience.ADULTS, 2, null).ifPresent(list::add);
        offer("Artizan Street Library and Community Centre", "Room hire for a community group (1 hour)", 3, Audience.ADULTS, 2, "E05009289").ifPresent(list::add);
        offer("Artizan Street Library and Community Centre", "Computer course place", 4, Audience.ALL, 1, null).ifPresent(list::add);
        return list;
    }

    private Optional<Offer> offer(String partner, String title, int credits, Audience audience, int cap, String ward) {
        return organisations.findByName(partner).filter(OrganisationDetails::spendPartner).map(org -> offers.save(
                new Offer(null, 0, org.id(), title, null, credits, audience, cap, LocalDate.now().minusMonths(3), null, ward, true)));
    }

    private void pendingClaims(List<ResidentSummary> volunteers, List<OrganisationDetails> earners, Random random) {
        var toynbee = organisations.findByName("Toynbee Hall");
        for (int i = 0; i < Math.min(4, volunteers.size()); i++) {
            var v = volunteers.get(i);
            var org = i == 0 && toynbee.isPresent() ? toynbee.get() : earners.get(random.nextInt(earners.size()));
            var form = new HoursForm(v.id(), org.id(), "Advice café helper", LocalDate.now().minusDays(2), 90, null);
            tx.executeWithoutResult(s -> hours.insert(new ResidentFacts(v.id(), v.wardCode(), null), org.id(), form, HoursStatus.PENDING, "CLAIMED", null, null, null));
        }
    }
}

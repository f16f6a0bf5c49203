package org.bridgework.demo;

import net.datafaker.Faker;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.organisations.OrganisationType;
import org.bridgework.reference.Ward;
import org.bridgework.reference.WardDirectory;
import org.bridgework.residents.HouseholdRelationship;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.NewUser;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.bridgework.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Demo partner organisations, households and residents across the City's 25 wards, and one user per role.
 * Idempotent: when the demo administrator exists, it has run before and does nothing.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "bridgework.demo-data.enabled", havingValue = "true")
class CoreDemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CoreDemoDataLoader.class);
    private static final String[] CITY_POSTCODES = {"EC1A 4HD", "EC1Y 8SY", "EC2M 4YE", "EC2V 7HH", "EC3N 1AJ",
            "EC4M 7AN", "EC2Y 8DS", "E1 7AD", "EC3A 7BA", "EC4Y 0HA", "EC1M 6EB", "EC2N 2DB"};
    private static final String[] LANGUAGES = {"English", "English", "English", "English", "Bengali", "Sylheti",
            "Somali", "Polish", "Spanish", "Arabic"};

    private final UserAccountService users;
    private final OrganisationService organisations;
    private final ResidentService residents;
    private final WardDirectory wards;

    CoreDemoDataLoader(UserAccountService users, OrganisationService organisations, ResidentService residents,
                       WardDirectory wards) {
        this.users = users;
        this.organisations = organisations;
        this.residents = residents;
        this.wards = wards;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.run(() -> {
            if (users.exists("admin")) {
                log.info("Demo data already loaded; nothing added");
                return;
            }
            long started = System.currentTimeMillis();
            var toynbee = createOrganisations().getFirst();
            var created = createResidents(240);
            createUsers(toynbee.id(), created.getFirst().id());
            log.info("Demo data loaded: {} residents in {} ms", created.size(), System.currentTimeMillis() - started);
        });
    }

    private List<OrganisationDetails> createOrganisations() {
        var list = new ArrayList<OrganisationDetails>();
        list.add(org("Toynbee Hall", OrganisationType.CHARITY, "GB-CHC-211850", "E05009289", "Advice, money guidance, community groups", true, false));
        list.add(org("City of London Corporation Community Engagement Team", OrganisationType.COUNCIL_TEAM, "GB-LAE-LND", "E05009300", "Community Builders, events, Time Credits", true, false));
        list.add(org("Barbican Library", OrganisationType.LIBRARY, null, "E05009292", "IT help, CV builder, English conversation, children's literacy", true, true));
        list.add(org("Artizan Street Library and Community Centre", OrganisationType.LIBRARY, null, "E05009289", "Library sessions, community hall, children's clubs", true, true));
        list.add(org("Golden Lane Sport and Fitness", OrganisationType.BUSINESS, "GB-COH-07045322", "E05009288", "Gym, swimming, fitness classes", false, true));
        list.add(org("Aldgate Community Events CIC", OrganisationType.CHARITY, "GB-COH-11223344", "E05009289", "Aldgate Square Festival, community events", true, false));
        list.add(org("Portsoken Family Support Service", OrganisationType.COMMISSIONED_SERVICE, null, "E05009305", "Early help for families, parenting support", false, false));
        list.add(org("Museum of London Docklands Learning", OrganisationType.CHARITY, "GB-CHC-1139250", "E05009300", "Cultural workshops, school visits", false, true));
        list.add(org("City Bridge Trust", OrganisationType.CHARITY, "GB-CHC-1035628", "E05009300", "Bridging Divides grants", false, false));
        list.add(org("Prior Weston Primary School", OrganisationType.SCHOOL, null, "E05009288", "Primary education, family learning", true, false));
        return list;
    }

    private OrganisationDetails org(String name, OrganisationType type, String orgId, String ward, String services,
                                    boolean earn, boolean spend) {
        var existing = organisations.findByName(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        String email = "hello@" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").substring(0, 10) + ".org.uk";
        return organisations.save(new OrganisationDetails(null, 0, name, type, null, orgId, "1 Example Street, London",
                "EC2V 7HH", ward, "Reception", email, "020 7946 0000", services, earn, spend, true));
    }

    private List<ResidentSummary> createResidents(int count) {
        var faker = new Faker(Locale.UK, new Random(DemoData.SEED));
        var random = new Random(DemoData.SEED);
        List<Ward> wardList = wards.reference();
        var created = new ArrayList<ResidentSummary>();
        // the first demo resident is the volunteer's own record
        created.add(residents.create(resident("Victor", "Volunteer", LocalDate.of(1984, 3, 14), wardList.get(1).code(), null, null, "English")));
        while (created.size() < count) {
            String family = faker.name().lastName();
            String ward = wardList.get(Math.min(wardList.size() - 1, (int) Math.abs(random.nextGaussian() * 6))).code();
            int size = 1 + random.nextInt(4);
            Long household = size > 1 ? residents.createHousehold(family + " household") : null;
            String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
            for (int i = 0; i < size && created.size() < count; i++) {
                boolean child = i >= 2;
                LocalDate dob = child ? LocalDate.now().minusYears(1 + random.nextInt(16)).minusDays(random.nextInt(365))
                        : LocalDate.now().minusYears(18 + random.nextInt(70)).minusDays(random.nextInt(365));
                HouseholdRelationship rel = household == null ? null : child ? HouseholdRelationship.CHILD
                        : i == 0 ? HouseholdRelationship.PARENT : HouseholdRelationship.PARTNER;
                created.add(residents.create(resident(faker.name().firstName(), family, dob, ward, household, rel, language)));
            }
        }
        return created;
    }

    private static ResidentForm resident(String given, String family, LocalDate dob, String ward, Long household,
                                         HouseholdRelationship rel, String language) {
        String postcode = CITY_POSTCODES[Math.abs((given + family).hashCode()) % CITY_POSTCODES.length];
        String email = (given + "." + family).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "@example.org";
        return new ResidentForm(null, 0, given, family, null, dob, "07700 900" + String.format("%03d", Math.abs(family.hashCode()) % 1000),
                email, (1 + Math.abs(given.hashCode()) % 90) + " Golden Lane", null, "London", postcode, ward, null, null,
                language, !"English".equals(language) && Math.abs(family.hashCode()) % 3 == 0, null, household, rel, null);
    }

    private void createUsers(long partnerOrganisationId, long volunteerResidentId) {
        for (String[] u : DemoData.USERS) {
            Role role = Role.valueOf(u[2]);
            users.createIfMissing(new NewUser(u[0], u[1], DemoData.PASSWORD, role,
                    role == Role.PARTNER ? partnerOrganisationId : null,
                    role == Role.VOLUNTEER ? volunteerResidentId : null));
        }
    }
}

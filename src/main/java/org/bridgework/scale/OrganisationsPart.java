package org.bridgework.scale;

import net.datafaker.Faker;
import org.bridgework.organisations.OrganisationType;
import org.bridgework.reference.WardDirectory;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Partner organisations: charities most of all, then schools, businesses, libraries and commissioned services. */
@Component
class OrganisationsPart implements DatasetPart {

    static final String TABLE = "organisation";
    private static final List<String> COLUMNS = List.of("id", "version", "name", "org_type", "registration_number",
            "org_identifier", "address", "postcode", "ward_code", "contact_name", "contact_email", "contact_phone",
            "services", "earn_partner", "spend_partner", "active", "created_at");
    private static final OrganisationType[] TYPES = {OrganisationType.CHARITY, OrganisationType.CHARITY,
            OrganisationType.CHARITY, OrganisationType.CHARITY, OrganisationType.SCHOOL, OrganisationType.SCHOOL,
            OrganisationType.BUSINESS, OrganisationType.BUSINESS, OrganisationType.LIBRARY, OrganisationType.COMMISSIONED_SERVICE};
    private static final List<String> SERVICES = List.of("Advice and money guidance", "Community groups",
            "English conversation", "Food bank", "Youth club", "Fitness classes", "IT help", "Parenting support",
            "Befriending", "Arts workshops", "Gardening", "Employment support");

    private final WardDirectory wards;

    OrganisationsPart(WardDirectory wards) {
        this.wards = wards;
    }

    @Override
    public String name() {
        return "organisations";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void generate(GenerationContext context) {
        Random random = context.random(name());
        var faker = new Faker(Locale.UK, new Random(context.seed()));
        var geography = new LondonGeography(wards.reference(), 0.25);
        int total = context.preset().organisations();
        long first = context.nextId(TABLE);
        var names = new HashSet<String>();
        var created = LocalDateTime.of(2024, 1, 1, 9, 0);
        try (var insert = new BatchInsert(context.dataSource(), TABLE, COLUMNS, 500)) {
            for (int i = 0; i < total; i++) {
                var type = TYPES[random.nextInt(TYPES.length)];
                var place = geography.place(random);
                String name = uniqueName(type, faker, place.borough(), names, i);
                String services = NamePools.pick(SERVICES, random) + ", " + NamePools.pick(SERVICES, random).toLowerCase(Locale.ROOT);
                String domain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
                insert.add(first + i, 0, name, type.name(),
                        type == OrganisationType.CHARITY ? String.valueOf(1_000_000 + i) : null,
                        "GB-BWK-" + String.format("%06d", first + i),
                        (1 + random.nextInt(200)) + " " + faker.address().streetName() + ", London",
                        place.postcode(), place.wardCode(), faker.name().fullName(),
                        "hello@" + domain.substring(0, Math.min(20, domain.length())) + ".org.uk",
                        "020 7946 " + String.format("%04d", random.nextInt(10_000)), services,
                        random.nextInt(3) > 0, random.nextInt(3) == 0, random.nextInt(20) > 0,
                        created.plusMinutes(i));
            }
        }
        context.recordRange(TABLE, new GenerationContext.IdRange(first, first + total - 1));
        context.progress(name(), total, total);
    }

    private static String uniqueName(OrganisationType type, Faker faker, String borough, HashSet<String> taken, int i) {
        String base = switch (type) {
            case SCHOOL -> faker.address().streetName() + " Primary School";
            case LIBRARY -> faker.address().streetName() + " Library";
            case BUSINESS -> faker.company().name();
            case COMMISSIONED_SERVICE -> borough + " " + faker.options().option("Family Support", "Wellbeing Service", "Carers Hub");
            default -> faker.address().streetName() + " " + faker.options().option("Community Trust", "Residents' Association",
                    "Community Centre", "Youth Project", "Food Bank");
        };
        String name = taken.contains(base) ? base + " (" + borough + ")" : base;
        name = taken.contains(name) ? name + " " + i : name;
        taken.add(name);
        return name;
    }
}

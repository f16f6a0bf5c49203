package org.bridgework.scale;

import org.bridgework.reference.WardDirectory;
import org.bridgework.residents.HouseholdRelationship;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/**
 * Households and the residents in them. Everyone in a household shares its address and usually its family name;
 * ages follow London's pyramid; name keys are the residents feature's own ({@link org.bridgework.residents.NameKey}).
 */
@Component
class ResidentsPart implements DatasetPart {

    static final String HOUSEHOLDS = "household";
    static final String RESIDENTS = "resident";
    private static final List<String> HOUSEHOLD_COLUMNS = List.of("id", "version", "name", "created_at");
    private static final List<String> RESIDENT_COLUMNS = List.of("id", "version", "legal_given_name", "legal_family_name",
            "preferred_name", "date_of_birth", "phone", "email", "address_line1", "address_line2", "town", "postcode",
            "ward_code", "borough", "lsoa_code", "preferred_language", "interpreter_needed", "accessibility_needs",
            "household_id", "household_relationship", "family_name_key", "given_name_key", "family_phonetic",
            "given_phonetic", "created_at", "updated_at");
    /** Share of Londoners in each five-year band from 0-4 to 90+ (ONS mid-year estimates, rounded). */
    private static final double[] AGE_PYRAMID = {6.5, 6.2, 5.8, 5.2, 6.3, 8.9, 9.6, 8.8, 7.6, 6.6, 6.1, 5.5, 4.6,
            3.6, 3.0, 2.2, 1.5, 0.9, 0.5};
    private static final List<String> NEEDS = List.of("Step-free access", "Large print", "Hearing loop",
            "Wheelchair user", "Quiet space");

    private final WardDirectory wards;
    private final double cityShare;

    ResidentsPart(WardDirectory wards, @Value("${bridgework.generate.city-share:0.10}") double cityShare) {
        this.wards = wards;
        this.cityShare = cityShare;
    }

    @Override
    public String name() {
        return "residents";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void generate(GenerationContext context) {
        Random random = context.random(name());
        var names = new NamePools(context.seed());
        var geography = new LondonGeography(wards.reference(), cityShare);
        int[] sizes = HouseholdSizes.of(context.preset().households(), context.preset().residents(), random);
        long firstHousehold = context.nextId(HOUSEHOLDS);
        long firstResident = context.nextId(RESIDENTS);
        long residentId = firstResident;
        var created = LocalDateTime.of(2025, 4, 1, 9, 0);
        int total = context.preset().residents();
        long step = Math.max(1, total / 10);
        long nextReport = step;
        // every household is in the database before the first resident refers to it (the foreign key stays on)
        var plans = new HouseholdPlan[sizes.length];
        try (var households = new BatchInsert(context.dataSource(), HOUSEHOLDS, HOUSEHOLD_COLUMNS, 1000)) {
            for (int h = 0; h < sizes.length; h++) {
                var pool = names.community(random);
                var family = NamePools.pick(pool.family(), random);
                var at = created.plusSeconds(h * 37L);
                plans[h] = new HouseholdPlan(pool, family, geography.place(random),
                        (1 + random.nextInt(180)) + " " + names.street(random),
                        random.nextInt(3) == 0 ? "Flat " + (1 + random.nextInt(60)) : null, at);
                households.add(firstHousehold + h, 0, family.text() + " household", at);
            }
        }
        context.progress("households", sizes.length, sizes.length);
        try (var residents = new BatchInsert(context.dataSource(), RESIDENTS, RESIDENT_COLUMNS, 500)) {
            for (int h = 0; h < sizes.length; h++) {
                long householdId = firstHousehold + h;
                var plan = plans[h];
                var pool = plan.pool();
                var family = plan.family();
                var place = plan.place();
                String address = plan.address();
                String flat = plan.flat();
                var at = plan.at();
                int headAge = age(random, 18, 95);
                for (int m = 0; m < sizes[h]; m++) {
                    boolean child = m >= 2 && headAge < 60;
                    int age = m == 0 ? headAge : m == 1 ? Math.max(18, headAge + random.nextInt(11) - 5)
                            : child ? age(random, 0, 17) : age(random, 18, 95);
                    var rel = sizes[h] == 1 ? HouseholdRelationship.OTHER : m == 0 ? (child(sizes[h], headAge)
                            ? HouseholdRelationship.PARENT : HouseholdRelationship.PARTNER)
                            : m == 1 ? HouseholdRelationship.PARTNER : child ? HouseholdRelationship.CHILD
                            : HouseholdRelationship.OTHER_RELATIVE;
                    // one in twenty married into or kept another name
                    var familyName = random.nextInt(20) == 0 ? NamePools.pick(pool.family(), random) : family;
                    var given = NamePools.pick(pool.given(), random);
                    var preferred = random.nextInt(25) == 0 ? NamePools.pick(pool.given(), random) : null;
                    LocalDate dob = GenerationContext.AS_OF.minusYears(age).minusDays(random.nextInt(365));
                    boolean english = pool.community().language().equals("English");
                    String email = age < 16 || random.nextInt(4) == 0 ? null
                            : (given.key() + "." + familyName.key()).replace(" ", "") + residentId % 1000 + "@example.org";
                    residents.add(residentId, 0, given.text(), familyName.text(), preferred == null ? null : preferred.text(),
                            dob, age < 12 ? null : "07700 " + String.format("%06d", random.nextInt(1_000_000)), email,
                            address, flat, "London", place.postcode(), place.wardCode(), place.borough(), place.lsoaCode(),
                            pool.community().language(), !english && random.nextInt(4) == 0,
                            random.nextInt(30) == 0 ? NamePools.pick(NEEDS, random) : null,
                            householdId, rel.name(), familyName.key(),
                            // the residents feature keys the given name on the preferred one when there is one
                            (preferred != null ? preferred : given).key(), familyName.phonetic(), given.phonetic(), at, at);
                    residentId++;
                }
                if (residentId - firstResident >= nextReport) {
                    context.progress(name(), residentId - firstResident, total);
                    nextReport += step;
                }
            }
        }
        context.recordRange(HOUSEHOLDS, new GenerationContext.IdRange(firstHousehold, firstHousehold + sizes.length - 1));
        context.recordRange(RESIDENTS, new GenerationContext.IdRange(firstResident, residentId - 1));
        context.progress(name(), residentId - firstResident, total);
    }

    private record HouseholdPlan(NamePools.Pool pool, NamePools.Name family, LondonGeography.Place place,
                                 String address, String flat, LocalDateTime at) {
    }

    private static boolean child(int size, int headAge) {
        return size > 2 && headAge < 60;
    }

    /** An age drawn from the pyramid, limited to a range (adults for a household's first two members). */
    private static int age(Random random, int min, int max) {
        while (true) {
            int band = weighted(random);
            int age = band * 5 + random.nextInt(band == AGE_PYRAMID.length - 1 ? 10 : 5);
            if (age >= min && age <= max) {
                return age;
            }
        }
    }

    private static int weighted(Random random) {
        double total = 0;
        for (double w : AGE_PYRAMID) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < AGE_PYRAMID.length; i++) {
            x -= AGE_PYRAMID[i];
            if (x < 0) {
                return i;
            }
        }
        return AGE_PYRAMID.length - 1;
    }
}

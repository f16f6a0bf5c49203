package org.bridgework.scale;

import net.datafaker.Faker;
import org.bridgework.residents.NameKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Names drawn once from datafaker per community and then sampled, so a million residents cost a few thousand
 * faker calls, and common surnames come up often as they do in life. Keys come from the residents feature's
 * own {@link NameKey}, computed once per distinct name.
 */
final class NamePools {

    record Community(String language, Locale locale, int weight) {
    }

    record Name(String text, String key, String phonetic) {
    }

    record Pool(Community community, List<Name> given, List<Name> family) {
    }

    /** London's communities, with the language most of each speak; weights roughly follow the 2021 census. */
    static final List<Community> COMMUNITIES = List.of(
            new Community("English", Locale.UK, 64), new Community("Bengali", Locale.forLanguageTag("en-IN"), 8),
            new Community("Polish", Locale.forLanguageTag("pl"), 5), new Community("Spanish", Locale.forLanguageTag("es"), 4),
            new Community("Portuguese", Locale.forLanguageTag("pt"), 4), new Community("Turkish", Locale.forLanguageTag("tr"), 4),
            new Community("Italian", Locale.forLanguageTag("it"), 4), new Community("French", Locale.forLanguageTag("fr"), 3),
            new Community("Romanian", Locale.forLanguageTag("ro"), 4));

    private static final int NAMES_PER_POOL = 3_000;

    private final List<Pool> weighted = new ArrayList<>();
    private final List<String> streets = new ArrayList<>();

    NamePools(long seed) {
        var cache = new HashMap<String, Name>();
        for (var c : COMMUNITIES) {
            var faker = new Faker(c.locale(), new Random(seed * 17 + c.language().hashCode()));
            var given = new ArrayList<Name>();
            var family = new ArrayList<Name>();
            for (int i = 0; i < NAMES_PER_POOL; i++) {
                given.add(name(faker.name().firstName(), cache));
                family.add(name(faker.name().lastName(), cache));
                if (c.locale().equals(Locale.UK) && i % 3 == 0) {
                    streets.add(faker.address().streetName());
                }
            }
            var pool = new Pool(c, given, family);
            for (int w = 0; w < c.weight(); w++) {
                weighted.add(pool);
            }
        }
    }

    private static Name name(String text, Map<String, Name> cache) {
        return cache.computeIfAbsent(text, t -> new Name(t, NameKey.of(t), NameKey.phonetic(t)));
    }

    Pool community(Random random) {
        return weighted.get(random.nextInt(weighted.size()));
    }

    String street(Random random) {
        return pick(streets, random);
    }

    static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}

package org.bridgework.residents;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds people who are probably already on record. Candidates come only through indexed columns
 * (date of birth, the sound of each name, postcode), each lookup capped, so the cost does not grow
 * with the number of residents; the candidates are then scored on spelling, sound, birth date and postcode.
 */
@Component
class DuplicateDetector {

    private static final int PER_LOOKUP = 200;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(3);

    private final JdbcClient jdbc;

    DuplicateDetector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person as duplicate detection compares them. */
    record Person(Long id, String given, String family, LocalDate dateOfBirth, String postcode) {

        static Person of(ResidentForm f) {
            return new Person(f.id(), f.legalGivenName(), f.legalFamilyName(), f.dateOfBirth(),
                    f.postcode() == null ? null : Postcode.normalise(f.postcode()).orElse(null));
        }
    }

    record Match(int score, List<String> reasons) {
    }

    List<LikelyDuplicate> find(ResidentForm form) {
        var person = Person.of(form);
        if (NameKey.of(person.given()).isEmpty() || NameKey.of(person.family()).isEmpty()) {
            return List.of();
        }
        var results = new ArrayList<LikelyDuplicate>();
        for (var c : candidates(person)) {
            if (Objects.equals(c.person().id(), person.id())) {
                continue;
            }
            compare(person, c.person()).ifPresent(m -> results.add(new LikelyDuplicate(c.summary(), m.score(), m.reasons())));
        }
        results.sort(Comparator.comparingInt(LikelyDuplicate::score).reversed());
        return results.size() > 10 ? List.copyOf(results.subList(0, 10)) : results;
    }

    private record Candidate(Person person, ResidentSummary summary) {
    }

    private List<Candidate> candidates(Person p) {
        String fp = NameKey.phonetic(p.family());
        String gp = NameKey.phonetic(p.given());
        var sql = new StringBuilder();
        var params = new ArrayList<Object>();
        lookup(sql, params, "family_phonetic = ? and given_phonetic = ?", fp, gp);
        lookup(sql, params, "family_phonetic = ? and given_phonetic = ?", gp, fp);
        if (p.dateOfBirth() != null) {
            lookup(sql, params, "date_of_birth = ?", p.dateOfBirth());
        }
        if (p.postcode() != null) {
            lookup(sql, params, "postcode = ?", p.postcode());
        }
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            String preferred = rs.getString(4);
            String shown = preferred != null && !preferred.isBlank() ? preferred : rs.getString(2);
            var dob = rs.getObject(5, LocalDate.class);
            var person = new Person(rs.getLong(1), rs.getString(2), rs.getString(3), dob, rs.getString(6));
            return new Candidate(person, new ResidentSummary(rs.getLong(1), shown + " " + rs.getString(3), dob,
                    rs.getString(6), rs.getString(7), rs.getObject(8, Long.class)));
        }).list();
    }

    private static void lookup(StringBuilder sql, List<Object> params, String condition, Object... values) {
        if (!sql.isEmpty()) {
            sql.append(" union ");
        }
        sql.append("(select id, legal_given_name, legal_family_name, preferred_name, date_of_birth, postcode, ward_code,"
                + " household_id from resident where merged_into_id is null and anonymised_at is null and ")
                .append(condition).append(" limit ").append(PER_LOOKUP).append(')');
        params.addAll(List.of(values));
    }

    /** Whether two people are probably the same, and why; empty when they are probably different people. */
    static Optional<Match> compare(Person a, Person b) {
        String ag = NameKey.of(a.given()), af = NameKey.of(a.family());
        String bg = NameKey.of(b.given()), bf = NameKey.of(b.family());
        if (ag.isEmpty() || af.isEmpty() || bg.isEmpty() || bf.isEmpty()) {
            return Optional.empty();
        }
        double straightGiven = similarity(ag, bg), straightFamily = similarity(af, bf);
        double swappedGiven = similarity(ag, bf), swappedFamily = similarity(af, bg);
        double straight = (straightGiven + straightFamily) / 2;
        double swapped = (swappedGiven + swappedFamily) / 2;
        boolean isSwapped = swapped > straight;
        double given = isSwapped ? swappedGiven : straightGiven;
        double family = isSwapped ? swappedFamily : straightFamily;
        double names = Math.max(straight, swapped);
        boolean sameDob = a.dateOfBirth() != null && a.dateOfBirth().equals(b.dateOfBirth());
        boolean dobConflicts = a.dateOfBirth() != null && b.dateOfBirth() != null && !sameDob
                && !dayAndMonthSwapped(a.dateOfBirth(), b.dateOfBirth());
        boolean samePostcode = a.postcode() != null && a.postcode().equals(b.postcode());

        // both names must be close: the same birthday and postcode alone do not make two people one
        boolean bothNamesClose = Math.min(given, family) >= 0.88;
        boolean likely = !dobConflicts && bothNamesClose && (sameDob || samePostcode || Math.min(given, family) >= 0.97);
        if (!likely) {
            return Optional.empty();
        }
        var reasons = new ArrayList<String>();
        if (isSwapped) {
            reasons.add("First and last names swapped");
        } else if (ag.equals(bg) && af.equals(bf)) {
            reasons.add("Same name");
        } else if (NameKey.phonetic(af).equals(NameKey.phonetic(bf)) && NameKey.phonetic(ag).equals(NameKey.phonetic(bg))) {
            reasons.add("Names sound the same");
        } else {
            reasons.add("Names spelled almost the same");
        }
        if (sameDob) {
            reasons.add("Same date of birth");
        } else if (a.dateOfBirth() != null && b.dateOfBirth() != null) {
            reasons.add("Date of birth with day and month the other way round");
        }
        if (samePostcode) {
            reasons.add("Same postcode");
        }
        int score = (int) Math.round(names * 60 + (sameDob ? 25 : 0) + (samePostcode ? 15 : 0));
        return Optional.of(new Match(Math.min(100, score), List.copyOf(reasons)));
    }

    /** Spelling and sound together: a name one or two letters out, or one that sounds the same, scores high. */
    private static double similarity(String x, String y) {
        if (x.equals(y)) {
            return 1;
        }
        double score = JARO_WINKLER.apply(x, y);
        if (NameKey.phonetic(x).equals(NameKey.phonetic(y))) {
            score = Math.max(score, 0.92);
        }
        int edits = LEVENSHTEIN.apply(x, y);
        if (edits >= 0 && edits <= 1 && Math.min(x.length(), y.length()) >= 3) {
            score = Math.max(score, 0.9);
        }
        return score;
    }

    private static boolean dayAndMonthSwapped(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear() && a.getDayOfMonth() == b.getMonthValue() && a.getMonthValue() == b.getDayOfMonth();
    }
}

package org.bridgework.scale;

import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.bridgework.security.UserAccountService;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Family support cases across the workflow, as the families feature records them: a referral with its needs and the
 * household's members, every move of the case with who, when and why, assessment and review scores per need (which
 * mostly rise: the distance travelled), goals, case notes (some restricted, some corrected by a later note), and for
 * closed cases the outcome per need and the six-month follow-up. Households with children are referred most.
 */
@Component
class FamiliesPart implements DatasetPart {

    static final String CASES = "family_case";
    static final long LONDON_CASES = 50_000;
    private static final String[] SOURCES = {"SELF", "SCHOOL", "SCHOOL", "SCHOOL", "HEALTH", "HEALTH", "SOCIAL_CARE",
            "POLICE", "HOUSING", "HOUSING", "PARTNER"};
    private static final String[] NOTE_TYPES = {"VISIT", "VISIT", "CALL", "CALL", "CALL", "MEETING", "OTHER"};
    private static final String[] NOTES = {"Home visit: talked through the week and the children's school mornings.",
            "Phone call with mum about the housing officer's letter.", "Met the school's family liaison officer with dad.",
            "Called the GP surgery with consent about the referral for talking therapy.",
            "Visited with the budgeting worksheet; agreed the rent arrears plan.",
            "Team around the family meeting: school, health visitor and housing present.",
            "Dropped off the food bank voucher and the holiday activities leaflet."};
    private static final String[] RESTRICTED = {"Disclosure of domestic abuse; safety plan agreed, MARAC referral considered.",
            "Safeguarding concern discussed with the duty social worker; no further action at this stage.",
            "Substance use disclosed in confidence; referral to the recovery service with consent."};

    private final UserAccountService users;

    FamiliesPart(UserAccountService users) {
        this.users = users;
    }

    @Override
    public String name() {
        return "families";
    }

    @Override
    public int order() {
        return 50;
    }

    private record Member(long id, String familyName, boolean child) {
    }

    private record Worker(long id, String username) {
    }

    @Override
    public void generate(GenerationContext context) {
        var random = context.random(name());
        int total = (int) context.preset().count(LONDON_CASES);
        var workers = workers(context, Math.max(3, (int) context.preset().count(60)));
        var households = households(context, random, total);
        List<Long> needs = context.jdbc().queryForList("select id from family_need where active order by sort_order, id", Long.class);
        var orgs = context.range(OrganisationsPart.TABLE);
        long caseId = context.nextId(CASES);
        long first = caseId;
        long noteId = context.nextId("family_note");
        var ds = context.dataSource();
        try (var cases = new BatchInsert(ds, CASES, List.of("id", "version", "household_id", "family_name", "status",
                "lead_worker_id", "referral_source", "referrer_name", "referral_details", "consent_to_share", "consent_date",
                "urgency_code", "received_at", "first_contact_due", "first_contact_on", "triage_outcome", "redirected_org_id",
                "next_review_date", "closed_at", "follow_up_due", "follow_up_done_on", "follow_up_held", "follow_up_note",
                "created_by", "updated_at"), 500);
             var caseNeeds = new BatchInsert(ds, "family_case_need", List.of("case_id", "need_id"), 1000);
             var members = new BatchInsert(ds, "family_case_member", List.of("case_id", "resident_id"), 1000);
             var transitions = new BatchInsert(ds, "family_case_transition", List.of("case_id", "from_status", "to_status",
                     "actor", "occurred_at", "reason"), 1000);
             var scores = new BatchInsert(ds, "family_score", List.of("case_id", "need_id", "occasion", "scored_on", "score",
                     "narrative", "recorded_by", "recorded_at"), 1000);
             var goals = new BatchInsert(ds, "family_goal", List.of("version", "case_id", "need_id", "description", "owner",
                     "due_date", "status", "updated_at"), 1000);
             var outcomes = new BatchInsert(ds, "family_outcome", List.of("case_id", "need_id", "outcome", "recorded_at"), 1000);
             var notes = new BatchInsert(ds, "family_note", List.of("id", "case_id", "note_type", "occurred_on", "body",
                     "restricted", "amends_note_id", "author", "author_org_id", "created_at"), 1000)) {
            for (var household : households.entrySet()) {
                long id = caseId++;
                var people = household.getValue();
                var received = GenerationContext.AS_OF.minusDays(1 + random.nextInt(3 * 365)).atTime(9 + random.nextInt(8), random.nextInt(60));
                String status = status(random, received.toLocalDate());
                boolean urgent = random.nextInt(5) == 0;
                var due = workingDaysAfter(received.toLocalDate(), urgent ? 2 : 10);
                var worker = workers.get(random.nextInt(workers.size()));
                String source = SOURCES[random.nextInt(SOURCES.length)];
                boolean consent = random.nextInt(20) > 2;
                var caseNeedIds = pickNeeds(random, needs);
                for (long need : caseNeedIds) {
                    caseNeeds.add(id, need);
                }
                for (var m : people) {
                    members.add(id, m.id());
                }
                // the path through the workflow so far, one step after another
                var path = path(random, status);
                var when = received;
                String actor = "intake";
                transitions.add(id, null, "REFERRED", actor, when, "Referral received from " + source.toLowerCase().replace('_', ' '));
                boolean redirected = false;
                LocalDateTime assessed = null, closed = null;
                var reviews = new ArrayList<LocalDateTime>();
                for (int i = 1; i < path.size(); i++) {
                    when = min(when.plusDays(i == 1 ? 1 + random.nextInt(3) : 7 + random.nextInt(60)), GenerationContext.AS_OF.atTime(8, 0));
                    String to = path.get(i);
                    String from = path.get(i - 1);
                    if (i >= 2) {
                        actor = worker.username();
                    }
                    if (to.equals("CLOSED") && from.equals("TRIAGE")) {
                        redirected = random.nextBoolean();
                    }
                    transitions.add(id, from, to, actor, when, reason(from, to, redirected));
                    if (to.equals("ASSESSMENT")) {
                        assessed = when;
                    } else if (to.equals("REVIEW")) {
                        reviews.add(when);
                    } else if (to.equals("CLOSED")) {
                        closed = when;
                    }
                }
                boolean accepted = assessed != null;
                // scores rise from the assessment review by review: most families move on, a few slip back
                Map<Long, Integer> latest = new HashMap<>();
                if (accepted && !status.equals("ASSESSMENT") || accepted && random.nextBoolean()) {
                    var on = assessed.plusDays(7 + random.nextInt(14));
                    for (long need : caseNeedIds) {
                        int score = 2 + random.nextInt(4);
                        latest.put(need, score);
                        scores.add(id, need, "ASSESSMENT", on.toLocalDate(), score, "Assessment: where things stand for this need.",
                                worker.username(), on);
                        int goalCount = 1 + random.nextInt(2);
                        for (int g = 0; g < goalCount; g++) {
                            String goalStatus = closed != null ? (random.nextInt(4) > 0 ? "DONE" : "DROPPED")
                                    : random.nextInt(3) == 0 ? "NOT_STARTED" : "IN_PROGRESS";
                            goals.add(0, id, need, "Agreed step " + (g + 1) + " towards this need", random.nextBoolean()
                                    ? "Family" : worker.username(), on.toLocalDate().plusWeeks(4 + 4L * g), goalStatus, on);
                        }
                    }
                    for (var review : reviews) {
                        for (long need : caseNeedIds) {
                            int score = Math.max(1, Math.min(10, latest.get(need) + random.nextInt(5) - 1));
                            latest.put(need, score);
                            scores.add(id, need, "REVIEW", review.toLocalDate(), score, null, worker.username(), review);
                        }
                    }
                }
                if (closed != null && accepted) {
                    for (long need : caseNeedIds) {
                        int gain = latest.getOrDefault(need, 3) - 3;
                        String outcome = gain >= 3 ? "ACHIEVED" : gain >= 1 ? "PARTLY" : "NOT_ACHIEVED";
                        outcomes.add(id, need, outcome, closed);
                    }
                }
                LocalDate contacted = status.equals("REFERRED") ? null
                        : random.nextInt(10) == 0 ? due.plusDays(1 + random.nextInt(5)) : due.minusDays(random.nextInt(3));
                if (contacted != null && contacted.isAfter(GenerationContext.AS_OF)) {
                    contacted = GenerationContext.AS_OF;
                }
                int noteCount = status.equals("REFERRED") ? 0 : accepted ? 2 + random.nextInt(10) : 1;
                for (int n = 0; n < noteCount; n++) {
                    var on = n == 0 && contacted != null ? contacted
                            : min(received.toLocalDate().plusDays(3 + random.nextInt(200)), GenerationContext.AS_OF);
                    boolean restricted = random.nextInt(10) == 0;
                    boolean partner = !restricted && accepted && random.nextInt(12) == 0;
                    String body = restricted ? RESTRICTED[random.nextInt(RESTRICTED.length)] : NOTES[random.nextInt(NOTES.length)];
                    long org = orgs.first() + random.nextLong(orgs.size());
                    long original = noteId++;
                    notes.add(original, id, n == 0 ? "CALL" : NOTE_TYPES[random.nextInt(NOTE_TYPES.length)], on, body, restricted,
                            null, partner ? ActivitiesPart.staff(org) : worker.username(), partner ? org : null, on.atTime(16, 30));
                    if (random.nextInt(25) == 0) {
                        // a correction is a new note pointing at the one it corrects, as the notes feature keeps them
                        notes.add(noteId++, id, "OTHER", on, "Correction: " + body, restricted, original,
                                worker.username(), null, on.atTime(17, 15));
                    }
                }
                var followUpDue = closed != null && accepted ? closed.toLocalDate().plusMonths(6) : null;
                boolean followedUp = followUpDue != null && followUpDue.isBefore(GenerationContext.AS_OF) && random.nextInt(10) < 7;
                var nextReview = status.equals("ACTIVE") || status.equals("REVIEW")
                        ? GenerationContext.AS_OF.plusDays(random.nextInt(90) - 20) : null;
                cases.add(id, path.size() - 1, household.getKey(), people.getFirst().familyName() + " family", status,
                        accepted ? worker.id() : null, source, source.equals("SELF") ? null : "Referrer at " + source.toLowerCase(),
                        "Referred for support with " + caseNeedIds.size() + " need" + (caseNeedIds.size() > 1 ? "s" : ""),
                        consent, consent ? received.toLocalDate() : null, urgent ? "URGENT" : "STANDARD", received, due, contacted,
                        accepted ? "ACCEPTED" : closed != null ? (redirected ? "REDIRECTED" : "CLOSED") : null,
                        redirected ? orgs.first() + random.nextLong(orgs.size()) : null, nextReview, closed, followUpDue,
                        followedUp ? followUpDue.plusDays(random.nextInt(14)) : null, followedUp ? random.nextInt(5) > 0 : null,
                        followedUp ? "Six-month check-in: things have held up." : null, "intake", when);
            }
        }
        context.recordRange(CASES, new GenerationContext.IdRange(first, caseId - 1));
        context.progress(name(), caseId - first, total);
    }

    /** Older referrals have mostly closed; recent ones are still being triaged or assessed. */
    private static String status(Random random, LocalDate received) {
        long age = GenerationContext.AS_OF.toEpochDay() - received.toEpochDay();
        int x = random.nextInt(100);
        if (age < 14) {
            return x < 50 ? "REFERRED" : x < 85 ? "TRIAGE" : "CLOSED";
        }
        if (age < 60) {
            return x < 10 ? "TRIAGE" : x < 45 ? "ASSESSMENT" : x < 80 ? "ACTIVE" : "CLOSED";
        }
        if (age < 365) {
            return x < 5 ? "ASSESSMENT" : x < 50 ? "ACTIVE" : x < 65 ? "REVIEW" : "CLOSED";
        }
        return x < 12 ? "ACTIVE" : x < 18 ? "REVIEW" : "CLOSED";
    }

    /** The statuses from referral to today's, as the workflow allows them (reviews alternate with active work). */
    private static List<String> path(Random random, String status) {
        var path = new ArrayList<>(List.of("REFERRED"));
        if (status.equals("REFERRED")) {
            return path;
        }
        path.add("TRIAGE");
        if (status.equals("TRIAGE")) {
            return path;
        }
        if (status.equals("CLOSED") && random.nextInt(5) == 0) {
            path.add("CLOSED");
            return path;
        }
        path.add("ASSESSMENT");
        if (status.equals("ASSESSMENT")) {
            return path;
        }
        path.add("ACTIVE");
        int reviews = random.nextInt(4);
        for (int r = 0; r < reviews; r++) {
            path.add("REVIEW");
            path.add("ACTIVE");
        }
        if (status.equals("REVIEW")) {
            path.add("REVIEW");
        } else if (status.equals("CLOSED")) {
            path.add("CLOSED");
        }
        return path;
    }

    private static String reason(String from, String to, boolean redirected) {
        return switch (to) {
            case "TRIAGE" -> "Picked up for triage";
            case "ASSESSMENT" -> "Accepted: the family agreed to work with us";
            case "ACTIVE" -> from.equals("REVIEW") ? "Review done; plan carries on" : "Assessment done; plan agreed";
            case "REVIEW" -> "Plan review due";
            case "CLOSED" -> from.equals("TRIAGE") ? (redirected ? "Redirected to a partner better placed to help"
                    : "Closed at triage: no further support needed") : "Goals met; family ready to move on";
            default -> "Moved on";
        };
    }

    private static List<Long> pickNeeds(Random random, List<Long> needs) {
        var picked = new java.util.LinkedHashSet<Long>();
        int n = 1 + random.nextInt(3);
        while (picked.size() < Math.min(n, needs.size())) {
            picked.add(needs.get(random.nextInt(needs.size())));
        }
        return List.copyOf(picked);
    }

    /**
     * Households to refer, three in four with a child, each with its members (in id order). Chosen by a random
     * draw over the generated households so that the same seed picks the same ones.
     */
    private Map<Long, List<Member>> households(GenerationContext context, Random random, int total) {
        var range = context.range(ResidentsPart.HOUSEHOLDS);
        var all = new HashMap<Long, List<Member>>();
        var childCutoff = GenerationContext.AS_OF.minusYears(18);
        var jdbc = context.jdbc();
        jdbc.setFetchSize(10_000);
        jdbc.query("select household_id, id, legal_family_name, date_of_birth from resident where household_id between ? and ?"
                + " and merged_into_id is null and anonymised_at is null order by household_id, id", rs -> {
            var dob = rs.getObject(4, LocalDate.class);
            all.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Member(rs.getLong(2), lastWord(rs.getString(3)),
                    dob != null && dob.isAfter(childCutoff)));
        }, range.first(), range.last());
        var withChildren = new ArrayList<Long>();
        var without = new ArrayList<Long>();
        for (var e : all.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            (e.getValue().stream().anyMatch(Member::child) ? withChildren : without).add(e.getKey());
        }
        var chosen = new java.util.LinkedHashMap<Long, List<Member>>();
        Set<Long> taken = new HashSet<>();
        int guard = 0;
        while (chosen.size() < Math.min(total, all.size()) && guard++ < total * 20) {
            var from = (random.nextInt(4) > 0 && !withChildren.isEmpty()) || without.isEmpty() ? withChildren : without;
            long h = from.get(random.nextInt(from.size()));
            if (taken.add(h)) {
                chosen.put(h, all.get(h));
            }
        }
        return chosen;
    }

    private static String lastWord(String name) {
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }

    /** Family workers to lead cases: user accounts made through the security feature, and their contact lines. */
    private List<Worker> workers(GenerationContext context, int count) {
        var list = new ArrayList<Worker>();
        var created = LocalDateTime.of(2024, 1, 1, 9, 0);
        for (int i = 1; i <= count; i++) {
            String username = String.format("family-worker-%03d", i);
            var user = SystemUser.call(() -> users.machineAccount(username, "Family worker " + username.substring(14),
                    Role.FAMILY_WORKER, null, null));
            context.jdbc().update("""
                    insert into family_worker (user_id, display_name, phone, email, updated_at) values (?, ?, ?, ?, ?)
                    on duplicate key update display_name = values(display_name)""", user.id(), user.displayName(),
                    "020 7332 " + String.format("%04d", 1000 + i), username + "@example.org", created);
            list.add(new Worker(user.id(), username));
        }
        return list;
    }

    private static LocalDate workingDaysAfter(LocalDate start, int days) {
        var d = start;
        while (days > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days--;
            }
        }
        return d;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

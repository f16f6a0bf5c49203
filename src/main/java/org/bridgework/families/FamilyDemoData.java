package org.bridgework.families;

import org.bridgework.security.RunAs;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.residents.ResidentFilter;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.SystemUser;
import org.bridgework.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Demo family cases at every stage, led by the demo family worker, two referred to partners (one to Toynbee Hall,
 * so that the demo partner user sees it). Casework is done as the demo family worker and partner, through the
 * same guarded services as the screens use (the system administrator may not do casework); then a few dates are
 * moved into the past so that distance travelled, overdue reviews and a due follow-up show.
 * Idempotent: if the demo family worker already has cases, nothing is added.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "bridgework.demo-data.enabled", havingValue = "true")
class FamilyDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FamilyDemoData.class);
    private static final String WORKER = "familyworker";

    private final JdbcClient jdbc;
    private final UserAccountService users;
    private final ResidentService residents;
    private final OrganisationService organisations;
    private final FamilyCaseService cases;
    private final CasePlanService plans;
    private final CaseNoteService notes;
    private final PartnerReferralService partners;
    private final FamilyWorkerDirectory workers;
    private final FamilyNeedsService needs;

    FamilyDemoData(JdbcClient jdbc, UserAccountService users, ResidentService residents, OrganisationService organisations,
                   FamilyCaseService cases, CasePlanService plans, CaseNoteService notes, PartnerReferralService partners,
                   FamilyWorkerDirectory workers, FamilyNeedsService needs) {
        this.jdbc = jdbc;
        this.users = users;
        this.residents = residents;
        this.organisations = organisations;
        this.cases = cases;
        this.plans = plans;
        this.notes = notes;
        this.partners = partners;
        this.workers = workers;
        this.needs = needs;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select count(*) from family_case where created_by = ?").param(WORKER)
                .query(Long.class).single() > 0;
        boolean hasUsers = SystemUser.call(() -> users.exists(WORKER) && users.exists("partner"));
        if (loaded || !hasUsers) {
            log.info("Family support demo data {}", loaded ? "already loaded; nothing added" : "skipped: no demo users");
            return;
        }
        var households = SystemUser.call(this::demoHouseholds);
        if (households.size() < 8) {
            log.info("Family support demo data skipped: not enough demo households");
            return;
        }
        var toynbee = SystemUser.call(() -> organisations.findByName("Toynbee Hall")).orElse(null);
        var portsoken = SystemUser.call(() -> organisations.findByName("Portsoken Family Support Service")).orElse(null);
        var fw = users.loadUserByUsername(WORKER);
        workers.register(fw.id(), fw.displayName(), "020 7332 1224", "fiona.family-worker@example.gov.uk");
        as(WORKER, () -> {
            create(households.get(0), 0, null, ReferralSource.SCHOOL, "URGENT");
            create(households.get(1), 1, null, ReferralSource.HEALTH, "STANDARD");
            create(households.get(2), 2, null, ReferralSource.SELF, "STANDARD");
            create(households.get(3), 3, null, ReferralSource.HOUSING, "STANDARD");
            create(households.get(4), 4, null, ReferralSource.SOCIAL_CARE, "URGENT");
            create(households.get(5), 5, null, ReferralSource.POLICE, "STANDARD");
            if (portsoken != null) {
                create(households.get(6), 3, portsoken, ReferralSource.PARTNER, "STANDARD");
            }
            if (toynbee != null) {
                create(households.get(7), 3, toynbee, ReferralSource.SCHOOL, "STANDARD");
            }
            return null;
        });
        if (toynbee != null) {
            as("partner", () -> {
                for (var r : partners.referredToMe(0, 10)) {
                    partners.respond(r.id(), true, "We can start next week.");
                    partners.recordSession(r.id(), LocalDate.now().minusDays(3), 90, "Money guidance: budget plan and benefits check");
                    notes.add(r.caseId(), NoteType.MEETING, LocalDate.now().minusDays(3),
                            "Met mum at Toynbee Hall; she has agreed a budget and we applied for a council tax reduction.", false);
                }
                return null;
            });
        }
        log.info("Family support demo data loaded: {} cases", households.size());
    }

    /** Stage 0 referred, 1 triage, 2 assessment, 3 active, 4 review, 5 closed with its follow-up due. */
    private void create(List<ResidentSummary> household, int stage, OrganisationDetails partner, ReferralSource source,
                        String urgency) {
        var needIds = needs.needs(false).stream().map(Need::id).toList();
        var chosen = List.of(needIds.get((stage * 3) % needIds.size()), needIds.get((stage * 3 + 4) % needIds.size()),
                needIds.get((stage * 3 + 8) % needIds.size()));
        var consent = stage % 3 != 1;
        int daysAgo = new int[]{1, 4, 20, 90, 150, 400}[stage];
        LocalDate received = LocalDate.now().minusDays(daysAgo);
        long id = cases.refer(new NewReferral(household.getFirst().householdId(), source, referrer(source),
                details(stage), chosen, consent, consent ? received : null, urgency));
        backdate(id, received, urgency);
        if (stage == 0) {
            return;
        }
        cases.startTriage(id, "Screened against the early help criteria");
        if (stage == 1) {
            return;
        }
        long fw = users.loadUserByUsername(WORKER).id();
        cases.accept(id, fw, "Meets the criteria for early help; family agreed to work with us");
        notes.add(id, NoteType.VISIT, received.plusDays(stage == 2 ? 1 : 3), "First home visit. Met " + household.getFirst()
                .displayName() + " and the children; talked through what early help is and how we work together.", false);
        LocalDate assessed = received.plusDays(Math.min(daysAgo - 1, 14));
        plans.recordAssessment(id, assessed, List.of(
                new NeedScore(chosen.get(0), 3, "School attendance below 80% this term; late most mornings."),
                new NeedScore(chosen.get(1), 4, "Rent arrears after a benefit change; worried about eviction."),
                new NeedScore(chosen.get(2), 5, "Mum reports low mood; not registered with a GP since moving.")));
        if (stage == 2) {
            return;
        }
        notes.add(id, NoteType.OTHER, assessed, "Mum disclosed past domestic abuse by an ex-partner; no current contact. "
                + "Safety plan discussed. Do not share address.", true);
        cases.transition(id, CaseStatus.ACTIVE, "Assessment complete; family plan agreed");
        plans.saveGoal(new Goal(null, 0, id, chosen.get(0), "Children attend school every day this half term", "Mum",
                LocalDate.now().minusDays(5), GoalStatus.IN_PROGRESS));
        plans.saveGoal(new Goal(null, 0, id, chosen.get(1), "Agree a repayment plan with the landlord", "Family worker",
                LocalDate.now().plusDays(21), GoalStatus.NOT_STARTED));
        plans.saveGoal(new Goal(null, 0, id, chosen.get(2), "Register with a GP", "Mum", assessed.plusDays(14), GoalStatus.DONE));
        LocalDate reviewed = assessed.plusDays(stage == 5 ? 60 : Math.max(1, (daysAgo - 14) / 2));
        plans.recordReview(id, reviewed, List.of(new NeedScore(chosen.get(0), 5, null), new NeedScore(chosen.get(1), 5, null),
                new NeedScore(chosen.get(2), 7, null)), LocalDate.now().plusDays(3));
        if (partner != null) {
            partners.refer(id, partner.id(), partner.name().startsWith("Toynbee")
                    ? "Money guidance and a benefits check for the family"
                    : "Parenting support programme, six weekly sessions");
        }
        if (stage == 3) {
            return;
        }
        cases.transition(id, CaseStatus.REVIEW, "Six-week review");
        plans.recordReview(id, LocalDate.now().minusDays(stage == 4 ? 2 : 250), List.of(new NeedScore(chosen.get(0), 7, null),
                new NeedScore(chosen.get(1), 6, null), new NeedScore(chosen.get(2), 8, null)), LocalDate.now().plusDays(30));
        if (stage == 4) {
            // a review that has slipped, so the overdue flag shows
            jdbc.sql("update family_case set next_review_date = ? where id = ?").params(LocalDate.now().minusDays(4), id).update();
            return;
        }
        plans.recordOutcomes(id, Map.of(chosen.get(0), NeedOutcome.ACHIEVED, chosen.get(1), NeedOutcome.PARTLY,
                chosen.get(2), NeedOutcome.ACHIEVED));
        cases.transition(id, CaseStatus.CLOSED, "Goals met; family confident to carry on without us");
        Instant closed = Instant.now().minus(190, ChronoUnit.DAYS);
        jdbc.sql("update family_case set closed_at = ?, follow_up_due = ?, next_review_date = null where id = ?")
                .params(closed, LocalDate.now().minusDays(7), id).update();
    }

    private void backdate(long caseId, LocalDate received, String urgency) {
        int days = needs.urgencies().stream().filter(u -> u.code().equals(urgency)).findFirst()
                .map(Urgency::firstContactWorkingDays).orElse(10);
        jdbc.sql("update family_case set received_at = ?, first_contact_due = ? where id = ?")
                .params(received.atTime(9, 30).atZone(FamilyCaseService.LONDON).toInstant(), WorkingDays.after(received, days), caseId)
                .update();
    }

    private List<List<ResidentSummary>> demoHouseholds() {
        Map<Long, List<ResidentSummary>> byHousehold = new LinkedHashMap<>();
        for (var r : residents.search(ResidentFilter.none(), 0, 240)) {
            if (r.householdId() != null) {
                byHousehold.computeIfAbsent(r.householdId(), k -> new ArrayList<>()).add(r);
            }
        }
        return byHousehold.values().stream().filter(m -> m.size() >= 2).limit(8).toList();
    }

    private static String referrer(ReferralSource source) {
        return switch (source) {
            case SCHOOL -> "Designated safeguarding lead, Prior Weston Primary School";
            case HEALTH -> "Health visitor, Neaman Practice";
            case SOCIAL_CARE -> "Children's social care front door";
            case POLICE -> "PC, City of London Police";
            case HOUSING -> "Housing officer, Golden Lane Estate";
            case PARTNER -> "Family support worker, Portsoken";
            case SELF -> null;
        };
    }

    private static String details(int stage) {
        return new String[]{
                "Children often late and tired; mum asked the school for help with mornings.",
                "New baby; health visitor concerned about mum's isolation and the flat's damp.",
                "Mum self-referred after a leaflet at the library: money worries and her son's behaviour.",
                "Rent arrears and a notice seeking possession; three children at home.",
                "Police attended a domestic incident; children present. Family agreed to early help.",
                "Older son stopped attending college and spends time with older peers.",
        }[stage];
    }

    private <T> T as(String username, Supplier<T> work) {
        return RunAs.call(users.loadUserByUsername(username), work);
    }
}

package org.bridgework.reports;

import org.bridgework.TestFixtures;
import org.bridgework.activities.ActivityForm;
import org.bridgework.activities.ActivityService;
import org.bridgework.activities.ConnectionForm;
import org.bridgework.activities.ConnectionService;
import org.bridgework.activities.Mark;
import org.bridgework.activities.RegisterMark;
import org.bridgework.activities.RegisterService;
import org.bridgework.activities.StrategyService;
import org.bridgework.activities.TargetGroup;
import org.bridgework.activities.TestActivities;
import org.bridgework.families.CasePlanService;
import org.bridgework.families.CaseStatus;
import org.bridgework.families.FamilyCaseService;
import org.bridgework.families.FamilyNeedsService;
import org.bridgework.families.Need;
import org.bridgework.families.NeedOutcome;
import org.bridgework.families.NeedScore;
import org.bridgework.families.NewReferral;
import org.bridgework.families.PartnerReferralService;
import org.bridgework.families.ReferralSource;
import org.bridgework.residents.HouseholdRelationship;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.bridgework.timecredits.HoursForm;
import org.bridgework.timecredits.HoursService;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small known data set for one fresh organisation, made through the features' own services, so that a report
 * limited to that organisation has figures that can be worked out by hand (see {@link Known}).
 */
final class ReportData {

    private final TestFixtures fixtures;
    private final ActivityService activities;
    private final StrategyService strategy;
    private final RegisterService registers;
    private final ConnectionService connections;
    private final HoursService hours;
    private final ResidentService residents;
    private final FamilyCaseService cases;
    private final CasePlanService plans;
    private final PartnerReferralService partnerReferrals;
    private final FamilyNeedsService needs;

    /** Looked up from the shared context: importing a component here would start a second context. */
    ReportData(ApplicationContext context) {
        fixtures = context.getBean(TestFixtures.class);
        activities = context.getBean(ActivityService.class);
        strategy = context.getBean(StrategyService.class);
        registers = context.getBean(RegisterService.class);
        connections = context.getBean(ConnectionService.class);
        hours = context.getBean(HoursService.class);
        residents = context.getBean(ResidentService.class);
        cases = context.getBean(FamilyCaseService.class);
        plans = context.getBean(CasePlanService.class);
        partnerReferrals = context.getBean(PartnerReferralService.class);
        needs = context.getBean(FamilyNeedsService.class);
    }

    static final LocalDate TODAY = LocalDate.now();
    static final ReportPeriod PERIOD = new ReportPeriod(TODAY.minusDays(60), TODAY);

    /**
     * What was made. Community Builders group (heading 4, outcome 2): sessions 20 and 10 days ago, r1 r2 r3 present
     * and r4 absent, then r1 present and r2 late; r4 connected to it 5 days ago. CV builder (heading 1, outcome 1):
     * one session 15 days ago, r1 and r5 present. Hours: r6 120 minutes, r1 60 (3 credits). A family case for a
     * household of r7 and r8 (family support, heading 3), referred to the organisation, scored 3 then 7 and 4 then 5,
     * one need achieved, closed.
     */
    record Known(long organisationId, List<Long> residents, long builderActivity, long caseId) {
    }

    Known build() {
        var org = fixtures.organisation("Report partner");
        var people = new ArrayList<Long>();
        for (int i = 1; i <= 6; i++) {
            people.add(fixtures.resident("R" + i, TestFixtures.unique("Report")).id());
        }
        fixtures.signInAs(Role.OFFICER);
        long builders = TestActivities.activity(activities, strategy, org.id(), null, false);
        long cv = activities.save(new ActivityForm(null, 0, TestFixtures.unique("CV "), TestActivities.programme(strategy, "Library services"),
                TestActivities.type(strategy, "CV builder"), org.id(), "Barbican Library", "E05009288", Set.of(TargetGroup.EVERYONE),
                null, false, false, null));
        long a1 = TestActivities.session(activities, builders, TODAY.minusDays(20));
        long a2 = TestActivities.session(activities, builders, TODAY.minusDays(10));
        long b1 = TestActivities.session(activities, cv, TODAY.minusDays(15));
        registers.save(a1, List.of(RegisterMark.of(people.get(0), Mark.PRESENT), RegisterMark.of(people.get(1), Mark.PRESENT),
                RegisterMark.of(people.get(2), Mark.PRESENT), RegisterMark.of(people.get(3), Mark.ABSENT)));
        registers.save(a2, List.of(RegisterMark.of(people.get(0), Mark.PRESENT), RegisterMark.of(people.get(1), Mark.LATE)));
        registers.save(b1, List.of(RegisterMark.of(people.get(0), Mark.PRESENT), RegisterMark.of(people.get(4), Mark.PRESENT)));
        connections.save(new ConnectionForm(null, people.get(3), builders, null, TODAY.minusDays(5), 4, null, null, null));
        hours.log(new HoursForm(people.get(5), org.id(), "Lunch club helper", TODAY.minusDays(8), 120, "Session leader"));
        hours.log(new HoursForm(people.get(0), org.id(), "Lunch club helper", TODAY.minusDays(8), 60, "Session leader"));

        String family = TestFixtures.unique("Fam");
        long household = SystemUser.call(() -> residents.createHousehold(family + " household"));
        for (int i = 0; i < 2; i++) {
            int n = i;
            ResidentSummary member = SystemUser.call(() -> residents.create(new ResidentForm(null, 0, "Member" + n, family, null,
                    LocalDate.of(1980 + n * 30, 3, 1), null, null, "2 Golden Lane", null, "London", "EC1Y 0RN", "E05009288",
                    null, null, "English", false, null, household,
                    n == 0 ? HouseholdRelationship.PARENT : HouseholdRelationship.CHILD, null)));
            people.add(member.id());
        }
        var worker = fixtures.signInAs(Role.FAMILY_WORKER);
        List<Long> needIds = needs.needs(false).stream().limit(2).map(Need::id).toList();
        long caseId = cases.refer(new NewReferral(household, ReferralSource.SCHOOL, "Head teacher", "Attendance has fallen.",
                needIds, true, TODAY.minusDays(1), "STANDARD"));
        cases.startTriage(caseId, "Screening");
        cases.accept(caseId, worker.id(), "Meets the criteria");
        long referral = partnerReferrals.refer(caseId, org.id(), "Parenting support");
        plans.recordAssessment(caseId, TODAY.minusDays(30), List.of(new NeedScore(needIds.get(0), 3, "Low"), new NeedScore(needIds.get(1), 4, "Low")));
        cases.transition(caseId, CaseStatus.ACTIVE, "Plan agreed");
        plans.recordReview(caseId, TODAY.minusDays(10), List.of(new NeedScore(needIds.get(0), 7, "Better"), new NeedScore(needIds.get(1), 5, "A little better")), null);
        cases.transition(caseId, CaseStatus.REVIEW, "Final review");
        plans.recordOutcomes(caseId, Map.of(needIds.get(0), NeedOutcome.ACHIEVED, needIds.get(1), NeedOutcome.PARTLY));
        fixtures.signInAs(Role.PARTNER, org.id(), null);
        partnerReferrals.respond(referral, true, null);
        fixtures.signInAs(Role.FAMILY_WORKER);
        cases.transition(caseId, CaseStatus.CLOSED, "Goals met");
        return new Known(org.id(), people, builders, caseId);
    }
}

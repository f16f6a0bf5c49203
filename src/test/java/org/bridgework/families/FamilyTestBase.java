package org.bridgework.families;

import org.bridgework.IntegrationTest;
import org.bridgework.TestFixtures;
import org.bridgework.residents.HouseholdRelationship;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Households, workers and cases for family support tests, each with unique names. */
abstract class FamilyTestBase extends IntegrationTest {

    @Autowired
    protected FamilyCaseService cases;
    @Autowired
    protected FamilyWorkerDirectory workers;
    @Autowired
    protected FamilyNeedsService needs;
    @Autowired
    protected ResidentService residents;
    @Autowired
    protected JdbcClient jdbc;

    record Household(long id, List<ResidentSummary> members) {
        List<Long> memberIds() {
            return members.stream().map(ResidentSummary::id).toList();
        }
    }

    Household household(int size) {
        String family = TestFixtures.unique("Fam");
        return SystemUser.call(() -> {
            long id = residents.createHousehold(family + " household");
            var members = new ArrayList<ResidentSummary>();
            for (int i = 0; i < size; i++) {
                members.add(residents.create(new ResidentForm(null, 0, "Member" + i, family, null,
                        LocalDate.of(1980 + i * 10, 3, 1), null, null, "2 Golden Lane", null, "London", "EC1Y 0RN",
                        "E05009288", null, null, "English", false, null, id,
                        i == 0 ? HouseholdRelationship.PARENT : HouseholdRelationship.CHILD, null)));
            }
            return new Household(id, members);
        });
    }

    private static BridgeworkUser sharedWorker;

    /** One family worker reused across tests, since creating a user (password hashing) is slow; signed in. */
    BridgeworkUser sharedWorker() {
        if (sharedWorker == null) {
            sharedWorker = worker();
        }
        as(sharedWorker);
        return sharedWorker;
    }

    BridgeworkUser worker() {
        var user = fixtures.signInAs(Role.FAMILY_WORKER);
        workers.registerSelf();
        return user;
    }

    static void as(BridgeworkUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    List<Long> needIds(int count) {
        return needs.needs(false).stream().limit(count).map(Need::id).toList();
    }

    /** A referral for the household, made by the signed-in caseworker. */
    long refer(Household h) {
        return cases.refer(new NewReferral(h.id(), ReferralSource.SCHOOL, "Head teacher", "Attendance has fallen.",
                needIds(3), true, LocalDate.now().minusDays(1), "STANDARD"));
    }

    /** A case accepted with the given lead worker, who is signed in afterwards. */
    long acceptedCase(Household h, BridgeworkUser lead) {
        as(lead);
        long id = refer(h);
        cases.startTriage(id, "Screening");
        cases.accept(id, lead.id(), "Meets the criteria");
        return id;
    }

    void forceStatus(long caseId, CaseStatus status) {
        jdbc.sql("update family_case set status = ? where id = ?").params(status.name(), caseId).update();
    }

    long auditCount(String subjectType, long subjectId, long residentId, String action) {
        return jdbc.sql("""
                        select count(*) from audit_entry where subject_type = ? and subject_id = ? and resident_id = ?
                        and action = ?""")
                .params(subjectType, subjectId, residentId, action).query(Long.class).single();
    }
}

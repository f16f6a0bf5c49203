package org.bridgework.families;

import org.bridgework.audit.AuditService;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.Access;
import org.bridgework.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Referrals, triage and the case lifecycle. Every read is scoped by {@link CaseAccess} in its WHERE clause. */
@Service
public class FamilyCaseService {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String SELECT_SUMMARY = """
            select c.id, c.family_name, c.status, u.label, c.lead_worker_id, w.display_name, c.received_at,
                   c.first_contact_due, c.first_contact_on, c.next_review_date""";
    static final String FROM_CASES = """
             from family_case c join family_urgency u on u.code = c.urgency_code
            left join family_worker w on w.user_id = c.lead_worker_id""";
    static final String SUMMARY_COLUMNS = SELECT_SUMMARY + FROM_CASES;

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final CaseWorkflow workflow;
    private final ResidentService residents;
    private final OrganisationService organisations;
    private final FamilyWorkerDirectory workers;
    private final AuditService audit;
    private final Clock clock;

    FamilyCaseService(JdbcClient jdbc, CaseAccess access, CaseWorkflow workflow, ResidentService residents,
                      OrganisationService organisations, FamilyWorkerDirectory workers, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.workflow = workflow;
        this.residents = residents;
        this.organisations = organisations;
        this.workers = workers;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    /** Records a referral: the case starts as referred, with the household's members and the needs named. */
    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional
    public long refer(NewReferral r) {
        var errors = new InvalidInputException.Collector()
                .check(r.householdId() != null, "household", "Choose the household being referred.")
                .check(r.source() != null, "source", "Choose who made the referral.")
                .check(r.needIds() != null && !r.needIds().isEmpty(), "needs", "Choose at least one need.")
                .check(r.consentToShare() != null, "consentToShare", "Say whether the family consents to information being shared.")
                .check(!Boolean.TRUE.equals(r.consentToShare()) || r.consentDate() != null, "consentDate",
                        "Enter the date consent was given.")
                .check(r.consentDate() == null || !r.consentDate().isAfter(today()), "consentDate",
                        "The consent date cannot be in the future.")
                .check(r.details() == null || r.details().length() <= 10_000, "details", "Keep the details under 10,000 characters.");
        var urgency = r.urgencyCode() == null ? Optional.<Integer>empty()
                : jdbc.sql("select first_contact_working_days from family_urgency where code = ?").param(r.urgencyCode())
                .query(Integer.class).optional();
        errors.check(urgency.isPresent(), "urgency", "Choose how urgent the referral is.");
        List<ResidentSummary> members = r.householdId() == null ? List.of() : residents.householdMembers(r.householdId());
        errors.check(r.householdId() == null || !members.isEmpty(), "household", "This household has nobody in it yet.");
        if (r.needIds() != null && !r.needIds().isEmpty()) {
            long known = jdbc.sql("select count(*) from family_need where active = true and id in (:ids)")
                    .param("ids", r.needIds()).query(Long.class).single();
            errors.check(known == r.needIds().stream().distinct().count(), "needs", "One of the needs chosen is no longer in use.");
        }
        errors.throwIfAny();

        var now = clock.instant();
        var due = WorkingDays.after(today(), urgency.get());
        jdbc.sql("""
                        insert into family_case (household_id, family_name, status, referral_source, referrer_name,
                            referral_details, consent_to_share, consent_date, urgency_code, received_at, first_contact_due,
                            created_by, updated_at)
                        values (?, ?, 'REFERRED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.householdId(), familyName(members), r.source().name(), blankToNull(r.referrerName()),
                        blankToNull(r.details()), r.consentToShare(), Boolean.TRUE.equals(r.consentToShare()) ? r.consentDate() : null,
                        r.urgencyCode(), now, due, access.user().getUsername(), now)
                .update();
        long caseId = jdbc.sql("select last_insert_id()").query(Long.class).single();
        for (Long needId : r.needIds().stream().distinct().toList()) {
            jdbc.sql("insert into family_case_need (case_id, need_id) values (?, ?)").params(caseId, needId).update();
        }
        for (var m : members) {
            jdbc.sql("insert into family_case_member (case_id, resident_id) values (?, ?)").params(caseId, m.id()).update();
            audit.recordCreate("FAMILY_CASE", caseId, m.id(), "referral from " + r.source().label());
        }
        workflow.record(caseId, null, CaseStatus.REFERRED, "Referral received from " + r.source().label().toLowerCase());
        return caseId;
    }

    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional
    public void startTriage(long caseId, String reason) {
        workflow.move(caseId, CaseStatus.TRIAGE, reason);
    }

    /** Accepts the referral: the case opens for assessment with a lead worker. */
    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional
    public void accept(long caseId, long leadWorkerId, String reason) {
        workers.registerSelf();
        if (workers.find(leadWorkerId).isEmpty()) {
            throw InvalidInputException.of("leadWorker", "Choose a family worker from the list to lead the case.");
        }
        requireStatus(caseId, CaseStatus.TRIAGE, "Only a referral in triage can be accepted.");
        workflow.move(caseId, CaseStatus.ASSESSMENT, reason);
        jdbc.sql("update family_case set lead_worker_id = ?, triage_outcome = 'ACCEPTED' where id = ?")
                .params(leadWorkerId, caseId).update();
        audit.recordChange("FAMILY_CASE", caseId, null, "accepted, lead worker " + leadWorkerId);
    }

    /** Sends the referral on to a partner organisation better placed to help; the case here closes. */
    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional
    public void redirect(long caseId, long organisationId, String reason) {
        if (organisations.find(organisationId).isEmpty()) {
            throw InvalidInputException.of("organisation", "Choose the organisation to redirect the family to.");
        }
        requireTriageable(caseId);
        workflow.move(caseId, CaseStatus.CLOSED, reason);
        jdbc.sql("update family_case set triage_outcome = 'REDIRECTED', redirected_org_id = ?, closed_at = ? where id = ?")
                .params(organisationId, clock.instant(), caseId).update();
    }

    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional
    public void closeReferral(long caseId, String reason) {
        requireTriageable(caseId);
        workflow.move(caseId, CaseStatus.CLOSED, reason);
        jdbc.sql("update family_case set triage_outcome = 'CLOSED', closed_at = ? where id = ?")
                .params(clock.instant(), caseId).update();
    }

    /**
     * Any move the lifecycle allows, with its reason. Closing sets the six-month follow-up; reopening
     * (closed to active or assessment) clears the closure.
     */
    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional
    public void transition(long caseId, CaseStatus to, String reason) {
        var from = workflow.move(caseId, to, reason);
        if (to == CaseStatus.CLOSED) {
            jdbc.sql("update family_case set closed_at = ?, follow_up_due = ? where id = ?")
                    .params(clock.instant(), today().plusMonths(6), caseId).update();
        } else if (from == CaseStatus.CLOSED) {
            jdbc.sql("""
                            update family_case set closed_at = null, follow_up_due = null, follow_up_done_on = null,
                                follow_up_held = null, follow_up_note = null where id = ?""")
                    .param(caseId).update();
        }
        if (to == CaseStatus.ASSESSMENT && from == CaseStatus.TRIAGE) {
            jdbc.sql("update family_case set triage_outcome = 'ACCEPTED' where id = ?").param(caseId).update();
        }
    }

    /** Opens a case for reading; audited once per household member. Partners see it only when it is referred to them. */
    @PreAuthorize(Access.FAMILY_CASEWORK_OR_PARTNER)
    @Transactional(readOnly = true)
    public CaseDetail open(long caseId) {
        access.requireVisible(caseId);
        boolean partner = access.isPartner();
        var members = members(caseId);
        var needs = jdbc.sql("""
                        select n.id, n.version, n.label, n.sort_order, n.active from family_case_need cn
                        join family_need n on n.id = cn.need_id where cn.case_id = ? order by n.sort_order""")
                .param(caseId)
                .query((rs, n) -> new Need(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5)))
                .list();
        var detail = jdbc.sql(SELECT_SUMMARY + """
                        , c.version, c.household_id, c.referral_source, c.referrer_name, c.referral_details,
                          c.consent_to_share, c.consent_date, c.triage_outcome, c.redirected_org_id, c.closed_at,
                          c.follow_up_due, c.follow_up_done_on, c.follow_up_held""" + FROM_CASES + " where c.id = ?")
                .param(caseId)
                .query((rs, n) -> new CaseDetail(summary(rs), rs.getLong(11), rs.getLong(12),
                        ReferralSource.valueOf(rs.getString(13)), partner ? null : rs.getString(14),
                        partner ? null : rs.getString(15), partner ? null : (Boolean) rs.getObject(16, Boolean.class),
                        partner ? null : rs.getObject(17, LocalDate.class),
                        rs.getString(18) == null ? null : TriageDecision.valueOf(rs.getString(18)),
                        rs.getObject(19, Long.class), rs.getTimestamp(20) == null ? null : rs.getTimestamp(20).toInstant(),
                        rs.getObject(21, LocalDate.class), rs.getObject(22, LocalDate.class),
                        rs.getObject(23, Boolean.class), members, needs))
                .single();
        for (var m : members) {
            audit.recordView("FAMILY_CASE", caseId, m.id());
        }
        return detail;
    }

    /** One page of cases the signed-in user may see, newest referral first. */
    @PreAuthorize(Access.FAMILY_CASEWORK_OR_PARTNER)
    @Transactional(readOnly = true)
    public List<CaseSummary> page(CaseFilter filter, int offset, int limit) {
        var params = new ArrayList<Object>();
        String where = where(filter, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(SUMMARY_COLUMNS + where + " order by c.received_at desc, c.id desc limit ? offset ?")
                .params(params).query((rs, n) -> summary(rs)).list();
    }

    @PreAuthorize(Access.FAMILY_CASEWORK_OR_PARTNER)
    @Transactional(readOnly = true)
    public long count(CaseFilter filter) {
        var params = new ArrayList<Object>();
        String where = where(filter, params);
        return jdbc.sql("select count(*) from family_case c" + where).params(params).query(Long.class).single();
    }

    private String where(CaseFilter f, List<Object> params) {
        var scope = access.cases("c");
        var sql = new StringBuilder(" where (").append(scope.sql()).append(")");
        params.addAll(scope.params());
        if (f.status() != null) {
            sql.append(" and c.status = ?");
            params.add(f.status().name());
        }
        if (f.leadWorkerId() != null) {
            sql.append(" and c.lead_worker_id = ?");
            params.add(f.leadWorkerId());
        }
        if (f.familyName() != null && !f.familyName().isBlank()) {
            sql.append(" and c.family_name like ?");
            params.add(f.familyName().trim() + "%");
        }
        if (f.open() != null) {
            sql.append(f.open() ? " and c.status <> 'CLOSED'" : " and c.status = 'CLOSED'");
        }
        return sql.toString();
    }

    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional(readOnly = true)
    public List<CaseTransition> transitions(long caseId) {
        return jdbc.sql("""
                        select from_status, to_status, actor, occurred_at, reason from family_case_transition
                        where case_id = ? order by occurred_at, id""")
                .param(caseId)
                .query((rs, n) -> new CaseTransition(rs.getString(1) == null ? null : CaseStatus.valueOf(rs.getString(1)),
                        CaseStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
    }

    /** The cases a resident is a member of, for the family support tab on their record. */
    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional(readOnly = true)
    public List<CaseSummary> casesForResident(long residentId) {
        var list = jdbc.sql(SUMMARY_COLUMNS + " " + """
                         where exists (select 1 from family_case_member m where m.case_id = c.id and m.resident_id = ?)
                         order by c.received_at desc""")
                .param(residentId).query((rs, n) -> summary(rs)).list();
        if (!list.isEmpty()) {
            audit.recordView("FAMILY_CASE_LIST", null, residentId);
        }
        return list;
    }

    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional
    public void reassign(long caseId, long leadWorkerId, String reason) {
        if (workers.find(leadWorkerId).isEmpty()) {
            throw InvalidInputException.of("leadWorker", "Choose a family worker from the list to lead the case.");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Say why the lead worker is changing.");
        }
        if (status(caseId) == CaseStatus.CLOSED) {
            throw InvalidInputException.of("status", "A closed case has no lead worker to change. Reopen it first.");
        }
        jdbc.sql("update family_case set lead_worker_id = ?, version = version + 1, updated_at = ? where id = ?")
                .params(leadWorkerId, clock.instant(), caseId).update();
        audit.recordChange("FAMILY_CASE", caseId, null, "lead worker now " + leadWorkerId + ": " + reason.trim());
    }

    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional
    public void addMember(long caseId, long residentId) {
        access.requireVisible(caseId);
        boolean already = jdbc.sql("select count(*) from family_case_member where case_id = ? and resident_id = ?")
                .params(caseId, residentId).query(Long.class).single() > 0;
        if (residents.summary(residentId).isEmpty()) {
            throw InvalidInputException.of("resident", "Choose a resident.");
        }
        if (!already) {
            jdbc.sql("insert into family_case_member (case_id, resident_id) values (?, ?)").params(caseId, residentId).update();
            audit.recordChange("FAMILY_CASE", caseId, residentId, "member added");
        }
    }

    /** Records whether the outcomes held six months after closure. */
    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional
    public void recordFollowUp(long caseId, boolean outcomesHeld, String note) {
        requireStatus(caseId, CaseStatus.CLOSED, "A follow-up is recorded after the case has closed.");
        jdbc.sql("update family_case set follow_up_done_on = ?, follow_up_held = ?, follow_up_note = ?, updated_at = ? where id = ?")
                .params(today(), outcomesHeld, blankToNull(note), clock.instant(), caseId).update();
        audit.recordChange("FAMILY_CASE", caseId, null, "follow-up: outcomes " + (outcomesHeld ? "held" : "did not hold"));
    }

    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional
    public void setNextReview(long caseId, LocalDate date) {
        if (date != null && date.isBefore(today())) {
            throw InvalidInputException.of("nextReviewDate", "The next review cannot be in the past.");
        }
        status(caseId);
        jdbc.sql("update family_case set next_review_date = ?, updated_at = ? where id = ?")
                .params(date, clock.instant(), caseId).update();
    }

    List<ResidentSummary> members(long caseId) {
        var ids = jdbc.sql("select distinct resident_id from family_case_member where case_id = ? order by resident_id")
                .param(caseId).query(Long.class).list();
        return residents.summaries(ids);
    }

    List<Long> memberIds(long caseId) {
        return jdbc.sql("select distinct resident_id from family_case_member where case_id = ?")
                .param(caseId).query(Long.class).list();
    }

    CaseStatus status(long caseId) {
        return jdbc.sql("select status from family_case where id = ?").param(caseId).query(String.class).optional()
                .map(CaseStatus::valueOf)
                .orElseThrow(() -> InvalidInputException.of("case", "This case no longer exists."));
    }

    private void requireStatus(long caseId, CaseStatus expected, String message) {
        if (status(caseId) != expected) {
            throw InvalidInputException.of("status", message);
        }
    }

    private void requireTriageable(long caseId) {
        var s = status(caseId);
        if (s != CaseStatus.REFERRED && s != CaseStatus.TRIAGE) {
            throw InvalidInputException.of("status", "Only a referral not yet accepted can be redirected or closed this way.");
        }
    }

    static CaseSummary summary(ResultSet rs) throws SQLException {
        return new CaseSummary(rs.getLong(1), rs.getString(2), CaseStatus.valueOf(rs.getString(3)), rs.getString(4),
                rs.getObject(5, Long.class), rs.getString(6), rs.getTimestamp(7).toInstant(),
                rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class));
    }

    private static String familyName(List<ResidentSummary> members) {
        if (members.isEmpty()) {
            return "Family";
        }
        String name = members.getFirst().displayName();
        int space = name.lastIndexOf(' ');
        return (space < 0 ? name : name.substring(space + 1)) + " family";
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    boolean isManager() {
        return access.user().hasRole(Role.MANAGER);
    }
}

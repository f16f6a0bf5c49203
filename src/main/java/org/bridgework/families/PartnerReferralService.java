package org.bridgework.families;

import org.bridgework.audit.AuditService;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.PartnerLinkChanged;
import org.bridgework.security.Access;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A case, or part of it, referred to a commissioned partner. The partner accepts or declines, then records its
 * sessions and notes. While a referral is accepted, each household member has a live link with that partner.
 */
@Service
public class PartnerReferralService {

    static final String LINK_SOURCE = "families.referral";
    private static final String COLUMNS = """
            select pr.id, pr.case_id, pr.organisation_id, pr.scope, pr.status, pr.referred_by, pr.referred_at, pr.response_note
            from family_partner_referral pr""";

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final FamilyCaseService cases;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;
    private final AuditService audit;
    private final Clock clock;

    PartnerReferralService(JdbcClient jdbc, CaseAccess access, FamilyCaseService cases, OrganisationService organisations,
                           ApplicationEventPublisher events, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.cases = cases;
        this.organisations = organisations;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional
    public long refer(long caseId, long organisationId, String scope) {
        access.requireVisible(caseId);
        var errors = new InvalidInputException.Collector()
                .check(organisations.find(organisationId).isPresent(), "organisation", "Choose the partner organisation.")
                .check(scope != null && !scope.isBlank(), "scope", "Say what the partner is asked to do.")
                .check(scope == null || scope.length() <= 1000, "scope", "Keep this under 1,000 characters.")
                .check(cases.status(caseId) != CaseStatus.CLOSED, "case", "A closed case cannot be referred on.");
        boolean live = jdbc.sql("""
                        select count(*) from family_partner_referral where case_id = ? and organisation_id = ?
                        and status in ('OFFERED','ACCEPTED')""")
                .params(caseId, organisationId).query(Long.class).single() > 0;
        errors.check(!live, "organisation", "This case is already referred to that organisation.");
        boolean consented = Boolean.TRUE.equals(jdbc.sql("select consent_to_share from family_case where id = ?")
                .param(caseId).query(Boolean.class).single());
        // sharing without consent needs a decision outside this screen (e.g. a safeguarding referral), not a click
        errors.check(consented, "organisation", "The family has not consented to their information being shared, "
                + "so the case cannot be referred to a partner. Record their consent first.");
        errors.throwIfAny();
        jdbc.sql("""
                        insert into family_partner_referral (case_id, organisation_id, scope, status, referred_by, referred_at)
                        values (?, ?, ?, 'OFFERED', ?, ?)""")
                .params(caseId, organisationId, scope.trim(), access.user().getUsername(), clock.instant()).update();
        long id = jdbc.sql("select last_insert_id()").query(Long.class).single();
        audit.recordCreate("FAMILY_PARTNER_REFERRAL", id, null, "case " + caseId + " referred to organisation " + organisationId);
        return id;
    }

    /** The partner's answer. Scoped to the partner's own organisation in the query. */
    @PreAuthorize("hasRole('PARTNER')")
    @Transactional
    public void respond(long partnerReferralId, boolean accept, String note) {
        var pr = own(partnerReferralId);
        if (pr.status() != PartnerReferralStatus.OFFERED) {
            throw InvalidInputException.of("status", "This referral has already been answered.");
        }
        if (!accept && (note == null || note.isBlank())) {
            throw InvalidInputException.of("responseNote", "Say why you are declining, so the family worker can find other help.");
        }
        var status = accept ? PartnerReferralStatus.ACCEPTED : PartnerReferralStatus.DECLINED;
        jdbc.sql("""
                        update family_partner_referral set status = ?, responded_by = ?, responded_at = ?, response_note = ?
                        where id = ?""")
                .params(status.name(), access.user().getUsername(), clock.instant(), FamilyCaseService.blankToNull(note),
                        partnerReferralId).update();
        audit.recordChange("FAMILY_PARTNER_REFERRAL", partnerReferralId, null, status.label().toLowerCase());
        if (accept) {
            publishLinks(pr, true);
        }
    }

    /** Ends a referral: the lead worker or the partner itself may do so. */
    @PreAuthorize(Access.FAMILY_CASEWORK_OR_PARTNER)
    @Transactional
    public void end(long partnerReferralId, String reason) {
        var pr = access.isPartner() ? own(partnerReferralId) : find(partnerReferralId);
        if (pr.status() != PartnerReferralStatus.ACCEPTED && pr.status() != PartnerReferralStatus.OFFERED) {
            throw InvalidInputException.of("status", "This referral has already ended.");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Say why the referral is ending.");
        }
        jdbc.sql("update family_partner_referral set status = 'ENDED', ended_at = ?, response_note = coalesce(response_note, ?) where id = ?")
                .params(clock.instant(), reason.trim(), partnerReferralId).update();
        audit.recordChange("FAMILY_PARTNER_REFERRAL", partnerReferralId, null, "ended: " + reason.trim());
        if (pr.status() == PartnerReferralStatus.ACCEPTED) {
            publishLinks(pr, false);
        }
    }

    /** The referrals on a case: all of them for council staff, only its own for a partner. */
    @PreAuthorize(Access.FAMILY_CASEWORK_OR_PARTNER)
    @Transactional(readOnly = true)
    public List<PartnerReferral> forCase(long caseId) {
        access.requireVisible(caseId);
        var params = new ArrayList<Object>();
        params.add(caseId);
        String own = ownOrganisationCondition(params);
        return jdbc.sql(COLUMNS + " where pr.case_id = ?" + own + " order by pr.referred_at desc").params(params)
                .query((rs, n) -> map(rs)).list();
    }

    /** For a partner: what has been referred to its organisation, newest first. */
    @PreAuthorize("hasRole('PARTNER')")
    @Transactional(readOnly = true)
    public List<PartnerReferral> referredToMe(int offset, int limit) {
        var params = new ArrayList<Object>();
        String own = ownOrganisationCondition(params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(COLUMNS + " where pr.status in ('OFFERED','ACCEPTED')" + own
                        + " order by pr.referred_at desc limit ? offset ?")
                .params(params).query((rs, n) -> map(rs)).list();
    }

    /** The partner records a session it held with the family. */
    @PreAuthorize("hasRole('PARTNER')")
    @Transactional
    public long recordSession(long partnerReferralId, LocalDate heldOn, int durationMinutes, String summary) {
        var pr = own(partnerReferralId);
        new InvalidInputException.Collector()
                .check(pr.status() == PartnerReferralStatus.ACCEPTED, "status", "Accept the referral before recording sessions.")
                .check(heldOn != null, "heldOn", "Enter the date of the session.")
                .check(heldOn == null || !heldOn.isAfter(cases.today()), "heldOn", "The date cannot be in the future.")
                .check(durationMinutes > 0 && durationMinutes <= 600, "durationMinutes", "Enter the length in minutes, up to 600.")
                .check(summary != null && !summary.isBlank(), "summary", "Summarise the session.")
                .check(summary == null || summary.length() <= 2000, "summary", "Keep the summary under 2,000 characters.")
                .throwIfAny();
        jdbc.sql("""
                        insert into family_partner_session (partner_referral_id, held_on, duration_minutes, summary, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(partnerReferralId, heldOn, durationMinutes, summary.trim(), access.user().getUsername(), clock.instant())
                .update();
        long id = jdbc.sql("select last_insert_id()").query(Long.class).single();
        audit.recordCreate("FAMILY_PARTNER_SESSION", id, null, "session on case " + pr.caseId());
        return id;
    }

    @PreAuthorize(Access.FAMILY_CASEWORK_OR_PARTNER)
    @Transactional(readOnly = true)
    public List<PartnerSession> sessions(long caseId) {
        access.requireVisible(caseId);
        var params = new ArrayList<Object>();
        params.add(caseId);
        String own = ownOrganisationCondition(params);
        return jdbc.sql("""
                        select s.id, s.partner_referral_id, s.held_on, s.duration_minutes, s.summary, s.recorded_by
                        from family_partner_session s join family_partner_referral pr on pr.id = s.partner_referral_id
                        where pr.case_id = ?""" + own + " order by s.held_on desc, s.id desc")
                .params(params)
                .query((rs, n) -> new PartnerSession(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getInt(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    private String ownOrganisationCondition(List<Object> params) {
        if (access.isCaseworker()) {
            return "";
        }
        params.add(access.user().organisationId().orElse(-1L));
        return " and pr.organisation_id = ?";
    }

    private PartnerReferral own(long partnerReferralId) {
        long org = access.user().organisationId().orElse(-1L);
        return jdbc.sql(COLUMNS + " where pr.id = ? and pr.organisation_id = ?").params(partnerReferralId, org)
                .query((rs, n) -> map(rs)).optional()
                .orElseThrow(() -> new AccessDeniedException("This referral is not for your organisation."));
    }

    private PartnerReferral find(long partnerReferralId) {
        return jdbc.sql(COLUMNS + " where pr.id = ?").param(partnerReferralId).query((rs, n) -> map(rs)).optional()
                .orElseThrow(() -> InvalidInputException.of("referral", "This referral no longer exists."));
    }

    private void publishLinks(PartnerReferral pr, boolean active) {
        for (long residentId : cases.memberIds(pr.caseId())) {
            events.publishEvent(new PartnerLinkChanged(residentId, pr.organisationId(), LINK_SOURCE,
                    String.valueOf(pr.id()), active));
        }
    }

    private PartnerReferral map(ResultSet rs) throws SQLException {
        long orgId = rs.getLong(3);
        String orgName = organisations.find(orgId).map(OrganisationDetails::name).orElse("Organisation " + orgId);
        return new PartnerReferral(rs.getLong(1), rs.getLong(2), orgId, orgName, rs.getString(4),
                PartnerReferralStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8));
    }
}

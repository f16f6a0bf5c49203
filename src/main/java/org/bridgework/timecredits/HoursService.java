package org.bridgework.timecredits;

import org.bridgework.audit.AuditService;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentFacts;
import org.bridgework.security.Access;
import org.bridgework.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Volunteering hours: logged by staff of earn partners or officers, or claimed by volunteers and approved. */
@Service
public class HoursService {

    static final String EARNERS = "hasAnyRole('ADMIN','MANAGER','OFFICER','PARTNER')";
    static final String COLUMNS = """
            id, version, resident_id, organisation_id, activity, activity_date, minutes, status, source, recorded_by,
            confirmed_by, decided_by, note, credits_issued""";

    private final JdbcClient jdbc;
    private final CreditIssuer issuer;
    private final Ledger ledger;
    private final Scope scope;
    private final CurrentUser currentUser;
    private final OrganisationService organisations;
    private final ResidentService residents;
    private final AuditService audit;
    private final Clock clock;

    HoursService(JdbcClient jdbc, CreditIssuer issuer, Ledger ledger, Scope scope, CurrentUser currentUser,
                 OrganisationService organisations, ResidentService residents, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.issuer = issuer;
        this.ledger = ledger;
        this.scope = scope;
        this.currentUser = currentUser;
        this.organisations = organisations;
        this.residents = residents;
        this.audit = audit;
        this.clock = clock;
    }

    /** Hours confirmed by the partner or officer who logs them: approved at once, credits issued. */
    @PreAuthorize(EARNERS)
    @Transactional
    public HoursRecord log(HoursForm form) {
        Long partnerOrg = scope.partnerOrganisationOrNull();
        Long org = form.organisationId() == null ? partnerOrg : form.organisationId();
        if (partnerOrg != null && !partnerOrg.equals(org)) {
            throw new AccessDeniedException("Partner staff log hours for their own organisation only.");
        }
        var errors = validate(form, org);
        errors.checkKeyed(form.residentId() != null, "resident", "timecredits.error.choose-volunteer")
                .checkKeyed(form.confirmedBy() != null && !form.confirmedBy().isBlank(), "confirmedBy",
                        "timecredits.error.enter-confirmed-by");
        errors.throwIfAny();
        ResidentFacts volunteer = residents.facts(form.residentId())
                .orElseThrow(() -> InvalidInputException.keyed("resident", "timecredits.error.resident-gone"));
        long id = insert(volunteer, org, form, HoursStatus.APPROVED, "LOGGED", null, form.confirmedBy().trim(), null);
        decided(id);
        issuer.issueFor(id, volunteer.id(), org, volunteer.wardCode(), form.activity().trim(), "hours:" + id);
        return find(id);
    }

    /** A volunteer's own claim; the resident is always the signed-in volunteer, whatever the form says. */
    @PreAuthorize(Access.VOLUNTEERS)
    @Transactional
    public HoursRecord claim(HoursForm form) {
        long residentId = scope.volunteerResidentId();
        var errors = validate(form, form.organisationId());
        errors.checkKeyed(form.organisationId() != null, "organisation", "timecredits.error.choose-group");
        errors.throwIfAny();
        var volunteer = residents.facts(residentId).orElseThrow();
        long id = insert(volunteer, form.organisationId(), form, HoursStatus.PENDING, "CLAIMED", null, null, null);
        return find(id);
    }

    @PreAuthorize(EARNERS)
    @Transactional
    public HoursRecord approve(long hoursId) {
        var pending = lockPending(hoursId);
        jdbc.sql("update tc_hours set status = 'APPROVED', version = version + 1 where id = ?").param(hoursId).update();
        decided(hoursId);
        String ward = residents.facts(pending.residentId()).map(ResidentFacts::wardCode).orElse(null);
        issuer.issueFor(hoursId, pending.residentId(), pending.organisationId(), ward, pending.activity(), "hours:" + hoursId);
        audit.recordChange("TIME_CREDITS_HOURS", hoursId, pending.residentId(), "approved");
        return find(hoursId);
    }

    @PreAuthorize(EARNERS)
    @Transactional
    public HoursRecord reject(long hoursId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.keyed("reason", "timecredits.error.say-why-rejected");
        }
        var pending = lockPending(hoursId);
        jdbc.sql("update tc_hours set status = 'REJECTED', note = ?, version = version + 1 where id = ?")
                .params(reason.trim(), hoursId).update();
        decided(hoursId);
        audit.recordChange("TIME_CREDITS_HOURS", hoursId, pending.residentId(), "rejected: " + reason.trim());
        return find(hoursId);
    }

    /** Hours a partner's staff may see (their organisation's), or every partner's for council staff. */
    @PreAuthorize(EARNERS)
    @Transactional(readOnly = true)
    public List<HoursRecord> hours(HoursStatus status, int offset, int limit) {
        Long org = scope.partnerOrganisationOrNull();
        var sql = new StringBuilder("select " + COLUMNS + " from tc_hours where 1 = 1");
        var params = new ArrayList<Object>();
        if (org != null) {
            sql.append(" and organisation_id = ?");
            params.add(org);
        }
        if (status != null) {
            sql.append(" and status = ?");
            params.add(status.name());
        }
        sql.append(" order by activity_date desc, id desc limit ? offset ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query(HoursService::row).list();
    }

    @PreAuthorize(Access.VOLUNTEERS)
    @Transactional(readOnly = true)
    public List<HoursRecord> myHours(int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from tc_hours where resident_id = ? order by activity_date desc, id desc limit ? offset ?")
                .params(scope.volunteerResidentId(), limit, offset).query(HoursService::row).list();
    }

    /**
     * The volunteer a membership card belongs to, so that partner staff (who cannot search residents) can log
     * hours for the person in front of them. Card numbers are random, so this reveals no one by guessing.
     */
    @PreAuthorize(EARNERS)
    @Transactional(readOnly = true)
    public java.util.Optional<Long> volunteerWithCard(String membershipNumberOrQr) {
        return ledger.byCard(membershipNumberOrQr).filter(a -> a.kind() == AccountKind.VOLUNTEER).map(Ledger.Account::ownerId);
    }

    @PreAuthorize(Access.ANY_USER)
    public int minutesPerCredit() {
        return issuer.minutesPerCredit();
    }

    private HoursRecord lockPending(long hoursId) {
        Long org = scope.partnerOrganisationOrNull();
        var sql = "select " + COLUMNS + " from tc_hours where id = ? and status = 'PENDING'"
                + (org == null ? "" : " and organisation_id = " + org) + " for update";
        return jdbc.sql(sql).param(hoursId).query(HoursService::row).optional()
                .orElseThrow(() -> InvalidInputException.keyed("hours", "timecredits.error.no-pending-claim"));
    }

    private InvalidInputException.Collector validate(HoursForm f, Long org) {
        var errors = new InvalidInputException.Collector()
                .checkKeyed(f.activity() != null && !f.activity().isBlank(), "activity", "timecredits.error.describe-activity")
                .checkKeyed(f.activity() == null || f.activity().length() <= 300, "activity", "timecredits.error.activity-too-long")
                .checkKeyed(f.date() != null, "date", "timecredits.error.enter-date")
                .checkKeyed(f.date() == null || !f.date().isAfter(LocalDate.now(clock)), "date", "timecredits.error.date-in-future")
                .checkKeyed(f.date() == null || f.date().isAfter(LocalDate.now(clock).minusYears(1)), "date",
                        "timecredits.error.date-too-old")
                .checkKeyed(f.minutes() != null && f.minutes() >= 1 && f.minutes() <= 24 * 60, "minutes",
                        "timecredits.error.minutes-range");
        if (org != null) {
            var partner = organisations.find(org);
            errors.checkKeyed(partner.map(OrganisationDetails::earnPartner).orElse(false), "organisation",
                    "timecredits.error.not-earn-partner");
        }
        return errors;
    }

    long insert(ResidentFacts volunteer, Long org, HoursForm f, HoursStatus status, String source, String sourceKey,
                String confirmedBy, String note) {
        jdbc.sql("""
                        insert into tc_hours (resident_id, organisation_id, ward_code, activity, activity_date, minutes, status,
                                              source, source_key, recorded_by, confirmed_by, note, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(volunteer.id(), org, volunteer.wardCode(), f.activity().trim(), f.date(), f.minutes(), status.name(),
                        source, sourceKey, currentUser.usernameOrSystem(), confirmedBy, note, clock.instant())
                .update();
        long id = jdbc.sql("select last_insert_id()").query(Long.class).single();
        audit.recordCreate("TIME_CREDITS_HOURS", id, volunteer.id(), f.minutes() + " minutes: " + f.activity().trim());
        return id;
    }

    private void decided(long id) {
        jdbc.sql("update tc_hours set decided_by = ?, decided_at = ? where id = ?")
                .params(currentUser.usernameOrSystem(), clock.instant(), id).update();
    }

    HoursRecord find(long id) {
        return jdbc.sql("select " + COLUMNS + " from tc_hours where id = ?").param(id).query(HoursService::row).single();
    }

    static HoursRecord row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new HoursRecord(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, Long.class), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getInt(7), HoursStatus.valueOf(rs.getString(8)), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getInt(14));
    }
}

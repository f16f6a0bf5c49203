package org.bridgework.timecredits;

import org.bridgework.audit.AuditService;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Service
public class OfferService {

    static final String PUBLISHERS = "hasAnyRole('ADMIN','MANAGER','OFFICER','PARTNER')";
    private static final String COLUMNS = """
            id, version, organisation_id, title, description, credits_needed, audience, per_visit_cap, valid_from,
            valid_to, ward_code, active""";

    private final JdbcClient jdbc;
    private final Scope scope;
    private final Ledger ledger;
    private final OrganisationService organisations;
    private final AuditService audit;
    private final Clock clock;

    OfferService(JdbcClient jdbc, Scope scope, Ledger ledger, OrganisationService organisations, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.ledger = ledger;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(PUBLISHERS)
    @Transactional
    public Offer save(Offer o) {
        Long partnerOrg = scope.partnerOrganisationOrNull();
        Long org = o.organisationId() == null ? partnerOrg : o.organisationId();
        if (partnerOrg != null && !partnerOrg.equals(org)) {
            throw new AccessDeniedException("Partner staff publish offers for their own organisation only.");
        }
        var errors = new InvalidInputException.Collector()
                .check(org != null, "organisation", "Choose the spend partner that gives the offer.")
                .check(o.title() != null && !o.title().isBlank() && o.title().length() <= 200, "title", "Give the offer a short title.")
                .check(o.creditsNeeded() != null && o.creditsNeeded() >= 1 && o.creditsNeeded() <= 100, "creditsNeeded",
                        "Enter the credits needed, between 1 and 100.")
                .check(o.audience() != null, "audience", "Choose who the offer is for.")
                .check(o.perVisitCap() != null && o.perVisitCap() >= 1 && o.perVisitCap() <= 20, "perVisitCap",
                        "Enter how many one visit may take, between 1 and 20.")
                .check(o.validFrom() != null, "validFrom", "Enter the first day the offer can be used.")
                .check(o.validFrom() == null || o.validTo() == null || !o.validTo().isBefore(o.validFrom()), "validTo",
                        "The last day cannot be before the first day.");
        if (org != null) {
            errors.check(organisations.find(org).map(OrganisationDetails::spendPartner).orElse(false), "organisation",
                    "That organisation is not a Time Credits spend partner.");
        }
        errors.throwIfAny();
        // the partner's account exists before any redemption, so redemptions never race to create it
        ledger.account(AccountKind.SPEND_PARTNER, org);
        if (o.id() == null) {
            jdbc.sql("""
                            insert into tc_offer (organisation_id, title, description, credits_needed, audience, per_visit_cap,
                                                  valid_from, valid_to, ward_code, active, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(org, o.title().trim(), blankToNull(o.description()), o.creditsNeeded(), o.audience().name(),
                            o.perVisitCap(), o.validFrom(), o.validTo(), blankToNull(o.wardCode()), o.active(), clock.instant())
                    .update();
            long id = jdbc.sql("select last_insert_id()").query(Long.class).single();
            audit.recordCreate("TIME_CREDITS_OFFER", id, null, o.title());
            return load(id).orElseThrow();
        }
        var existing = load(o.id()).orElseThrow(() -> InvalidInputException.of("title", "That offer no longer exists."));
        if (!existing.organisationId().equals(org)) {
            throw new AccessDeniedException("An offer stays with the partner that published it.");
        }
        int updated = jdbc.sql("""
                        update tc_offer set version = version + 1, title = ?, description = ?, credits_needed = ?, audience = ?,
                               per_visit_cap = ?, valid_from = ?, valid_to = ?, ward_code = ?, active = ?
                        where id = ? and version = ?""")
                .params(o.title().trim(), blankToNull(o.description()), o.creditsNeeded(), o.audience().name(), o.perVisitCap(),
                        o.validFrom(), o.validTo(), blankToNull(o.wardCode()), o.active(), o.id(), o.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException("This offer", List.of());
        }
        audit.recordChange("TIME_CREDITS_OFFER", o.id(), null, o.title());
        return load(o.id()).orElseThrow();
    }

    /** A partner sees its own offers; council staff see every partner's. */
    @PreAuthorize(PUBLISHERS)
    @Transactional(readOnly = true)
    public List<Offer> offers(int offset, int limit) {
        Long org = scope.partnerOrganisationOrNull();
        var params = new ArrayList<Object>();
        String where = "";
        if (org != null) {
            where = " where organisation_id = ?";
            params.add(org);
        }
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select " + COLUMNS + " from tc_offer" + where + " order by active desc, title, id limit ? offset ?")
                .params(params).query(OfferService::row).list();
    }

    /** Offers open today in the ward (or City-wide ones), the ward's own first. */
    @PreAuthorize(Access.ANY_USER)
    @Transactional(readOnly = true)
    public List<Offer> openIn(String wardCode, int offset, int limit) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("select " + COLUMNS + """
                         from tc_offer where active = true and valid_from <= ? and (valid_to is null or valid_to >= ?)
                          and (ward_code is null or ward_code = ?)
                        order by case when ward_code = ? then 0 else 1 end, credits_needed, id limit ? offset ?""")
                .params(today, today, wardCode, wardCode, limit, offset).query(OfferService::row).list();
    }

    @PreAuthorize(Access.ANY_USER)
    @Transactional(readOnly = true)
    public Optional<Offer> find(long id) {
        return load(id);
    }

    Optional<Offer> load(long id) {
        return jdbc.sql("select " + COLUMNS + " from tc_offer where id = ?").param(id).query(OfferService::row).optional();
    }

    private static Offer row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Offer(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                Audience.valueOf(rs.getString(7)), rs.getInt(8), rs.getObject(9, LocalDate.class),
                rs.getObject(10, LocalDate.class), rs.getString(11), rs.getBoolean(12));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

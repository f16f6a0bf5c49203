package org.bridgework.consent;

import org.bridgework.audit.AuditService;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.ResidentAnonymised;
import org.bridgework.residents.ResidentsMerged;
import org.bridgework.security.Access;
import org.bridgework.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Consents and the lawful basis for each use of a resident's data. Records are append-style: a withdrawal
 * fills in when, by whom and how, and the record stays as evidence of what was agreed at the time.
 */
@Service
public class ConsentService {

    /** Keeps IN lists well below what the driver and the optimiser handle comfortably. */
    private static final int IN_CHUNK = 1000;

    private final ConsentRecordRepository consents;
    private final OrganisationService organisations;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ConsentPartnerVisibility partnerVisibility;

    ConsentService(ConsentRecordRepository consents, OrganisationService organisations, AuditService audit,
                   CurrentUser currentUser, JdbcClient jdbc, Clock clock, ConsentPartnerVisibility partnerVisibility) {
        this.partnerVisibility = partnerVisibility;
        this.consents = consents;
        this.organisations = organisations;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize(Access.STAFF)
    @Transactional
    public ConsentDetails record(NewConsent form) {
        LocalDate today = LocalDate.now(clock);
        var errors = new InvalidInputException.Collector()
                .check(form.purpose() != null, "purpose", "Choose what the resident agreed to.")
                .check(form.lawfulBasis() != null, "lawfulBasis", "Choose the lawful basis.")
                .check(form.givenOn() != null, "givenOn", "Enter the date it was given.")
                .check(form.givenOn() == null || !form.givenOn().isAfter(today), "givenOn", "The date cannot be in the future.")
                .check(form.recordedHow() != null, "recordedHow", "Choose how it was given.")
                .check(form.notes() == null || form.notes().length() <= 500, "notes", "Keep notes to 500 characters.");
        String organisationName = null;
        if (form.purpose() != null && form.purpose().namesOrganisation()) {
            if (form.organisationId() == null) {
                errors.add("organisation", "Choose the partner organisation the resident agreed to share with.");
            } else {
                organisationName = organisations.find(form.organisationId()).map(OrganisationDetails::name).orElse(null);
                errors.check(organisationName != null, "organisation", "That organisation is not in the directory.");
            }
        }
        errors.throwIfAny();
        var c = new ConsentRecord();
        c.residentId = form.residentId();
        c.purpose = form.purpose();
        c.organisationId = form.purpose().namesOrganisation() ? form.organisationId() : null;
        c.lawfulBasis = form.lawfulBasis();
        c.givenOn = form.givenOn();
        c.recordedHow = form.recordedHow();
        c.recordedBy = currentUser.usernameOrSystem();
        c.recordedAt = clock.instant();
        c.notes = form.notes() == null || form.notes().isBlank() ? null : form.notes().trim();
        consents.saveAndFlush(c);
        audit.recordCreate("CONSENT", c.id, c.residentId, c.purpose + " on " + c.lawfulBasis
                + (c.organisationId == null ? "" : " with organisation " + c.organisationId));
        return c.toDetails(organisationName);
    }

    @PreAuthorize(Access.STAFF)
    @Transactional
    public ConsentDetails withdraw(long consentId, LocalDate withdrawnOn, RecordedHow how) {
        var c = consents.findById(consentId)
                .orElseThrow(() -> InvalidInputException.of("consent", "That consent record no longer exists."));
        new InvalidInputException.Collector()
                .check(c.withdrawnOn == null, "consent", "This consent was already withdrawn on " + c.withdrawnOn + ".")
                .check(withdrawnOn != null, "withdrawnOn", "Enter the date it was withdrawn.")
                .check(withdrawnOn == null || !withdrawnOn.isAfter(LocalDate.now(clock)), "withdrawnOn", "The date cannot be in the future.")
                .check(withdrawnOn == null || !withdrawnOn.isBefore(c.givenOn), "withdrawnOn",
                        "It cannot be withdrawn before it was given (" + c.givenOn + ").")
                .check(how != null, "withdrawnHow", "Choose how the resident withdrew it.")
                .throwIfAny();
        c.withdrawnOn = withdrawnOn;
        c.withdrawnBy = currentUser.usernameOrSystem();
        c.withdrawnHow = how;
        consents.saveAndFlush(c);
        audit.recordChange("CONSENT", c.id, c.residentId, "withdrawn " + c.purpose + " on " + withdrawnOn + " (" + how + ")");
        return c.toDetails(organisationName(c.organisationId));
    }

    /** Every consent the resident has given, newest first, withdrawn ones included. */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public List<ConsentDetails> forResident(long residentId) {
        var names = new HashMap<Long, String>();
        var list = consents.findByResidentIdOrderByGivenOnDescIdDesc(residentId).stream()
                .map(c -> c.toDetails(c.organisationId == null ? null
                        : names.computeIfAbsent(c.organisationId, this::organisationName)))
                .toList();
        audit.recordView("CONSENT", null, residentId);
        return list;
    }

    /** Whether the resident may be contacted about events: an active, unwithdrawn contact consent. */
    @PreAuthorize(Access.STAFF_OR_PARTNER)
    @Transactional(readOnly = true)
    public boolean hasContactConsent(long residentId) {
        var params = new ArrayList<Object>(List.of(residentId));
        return jdbc.sql("select count(*) from consent_record cr where cr.resident_id = ?"
                        + " and cr.purpose = 'CONTACT_ABOUT_EVENTS' and cr.withdrawn_on is null" + partnerScope(params))
                .params(params).query(Long.class).single() > 0;
    }

    /** The given residents who may be contacted; anyone whose contact consent is withdrawn drops out of contact lists. */
    @PreAuthorize(Access.STAFF_OR_PARTNER)
    @Transactional(readOnly = true)
    public Set<Long> contactableResidentIds(Collection<Long> residentIds) {
        var result = new LinkedHashSet<Long>();
        var ids = new ArrayList<>(new LinkedHashSet<>(residentIds));
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            var params = new ArrayList<Object>(chunk);
            result.addAll(jdbc.sql("select distinct cr.resident_id from consent_record cr where cr.purpose = 'CONTACT_ABOUT_EVENTS'"
                            + " and cr.withdrawn_on is null and cr.resident_id in (" + marks + ")" + partnerScope(params))
                    .params(params).query(Long.class).list());
        }
        return result;
    }

    /** Counts of active consents by purpose, for the privacy overview: no person is named. */
    @PreAuthorize(Access.MANAGERS)
    @Transactional(readOnly = true)
    public Map<ConsentPurpose, Long> activeCountsByPurpose() {
        var counts = new java.util.EnumMap<ConsentPurpose, Long>(ConsentPurpose.class);
        jdbc.sql("select purpose, count(distinct resident_id) from consent_record where withdrawn_on is null group by purpose")
                .query((rs, n) -> counts.put(ConsentPurpose.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    @EventListener
    @Transactional
    void onMerge(ResidentsMerged merged) {
        if (merged.undo()) {
            consents.moveBack(merged.survivorId(), merged.duplicateId());
        } else {
            consents.moveToSurvivor(merged.duplicateId(), merged.survivorId());
        }
    }

    /** The consents stay as evidence of the lawful basis used; only free-text notes about the person go. */
    @EventListener
    @Transactional
    void onAnonymised(ResidentAnonymised anonymised) {
        jdbc.sql("update consent_record set notes = null where resident_id = ?").param(anonymised.residentId()).update();
    }

    /** A partner learns about contact consent only for residents it may see at all. */
    private String partnerScope(List<Object> params) {
        var user = currentUser.require();
        if (!user.isPartner()) {
            return "";
        }
        params.add(user.organisationId().orElse(-1L));
        return " and " + partnerVisibility.sqlCondition("cr.resident_id");
    }

    private String organisationName(Long organisationId) {
        return organisationId == null ? null
                : organisations.find(organisationId).map(OrganisationDetails::name).orElse("Organisation " + organisationId);
    }
}

package org.bridgework.organisations;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Access;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The directory of trusted partner organisations (the City Active Guide's job). */
@Service
public class OrganisationService {

    /** org-id.guide identifiers: a registered list prefix such as GB-CHC, GB-COH or GB-LAE, then the id. */
    static final Pattern ORG_ID = Pattern.compile("[A-Z]{2}-[A-Z]{3,5}-[A-Za-z0-9]{1,30}");

    private final OrganisationRepository organisations;
    private final AuditService audit;

    OrganisationService(OrganisationRepository organisations, AuditService audit) {
        this.organisations = organisations;
        this.audit = audit;
    }

    @PreAuthorize(Access.ANY_USER)
    @Transactional(readOnly = true)
    public List<OrganisationDetails> directory(String text, OrganisationType type, String wardCode, int offset, int limit) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        var page = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit), Sort.by("name"));
        return organisations.search(t, type, wardCode, page).stream().map(Organisation::toDetails).toList();
    }

    @PreAuthorize(Access.ANY_USER)
    @Transactional(readOnly = true)
    public Optional<OrganisationDetails> find(long id) {
        return organisations.findById(id).map(Organisation::toDetails);
    }

    @PreAuthorize(Access.ANY_USER)
    @Transactional(readOnly = true)
    public Optional<OrganisationDetails> findByName(String name) {
        return organisations.findByNameIgnoreCase(name).map(Organisation::toDetails);
    }

    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','OFFICER')")
    @Transactional
    public OrganisationDetails save(OrganisationDetails form) {
        var errors = new InvalidInputException.Collector()
                .check(form.name() != null && !form.name().isBlank(), "name", "Enter the organisation's name.")
                .check(form.type() != null, "type", "Choose the type of organisation.")
                .check(form.orgIdentifier() == null || form.orgIdentifier().isBlank()
                                || ORG_ID.matcher(form.orgIdentifier().trim()).matches(), "orgIdentifier",
                        "Use the org-id form, for example GB-CHC-1035628 for a charity or GB-COH-01234567 for a company.");
        if (form.orgIdentifier() != null && !form.orgIdentifier().isBlank()) {
            organisations.findByOrgIdentifier(form.orgIdentifier().trim())
                    .filter(o -> !o.id.equals(form.id()))
                    .ifPresent(o -> errors.add("orgIdentifier", "Another organisation (" + o.name + ") already has this identifier."));
        }
        errors.throwIfAny();
        Organisation o = form.id() == null ? new Organisation() : organisations.findById(form.id())
                .orElseThrow(() -> InvalidInputException.of("name", "That organisation no longer exists."));
        if (form.id() != null && o.version != form.version()) {
            throw new org.bridgework.platform.ConcurrentEditException("This organisation", List.of());
        }
        o.name = form.name().trim();
        o.type = form.type();
        o.registrationNumber = blankToNull(form.registrationNumber());
        o.orgIdentifier = blankToNull(form.orgIdentifier());
        o.address = blankToNull(form.address());
        o.postcode = blankToNull(form.postcode());
        o.wardCode = blankToNull(form.wardCode());
        o.contactName = blankToNull(form.contactName());
        o.contactEmail = blankToNull(form.contactEmail());
        o.contactPhone = blankToNull(form.contactPhone());
        o.services = blankToNull(form.services());
        o.earnPartner = form.earnPartner();
        o.spendPartner = form.spendPartner();
        o.active = form.active();
        boolean created = o.id == null;
        organisations.saveAndFlush(o);
        if (created) {
            audit.recordCreate("ORGANISATION", o.id, null, o.name);
        } else {
            audit.recordChange("ORGANISATION", o.id, null, o.name);
        }
        return o.toDetails();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

package org.bridgework.privacy;

import org.bridgework.audit.AuditService;
import org.bridgework.audit.AuditTrail;
import org.bridgework.consent.ConsentDetails;
import org.bridgework.consent.ConsentService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.PersonalDataSection;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything Bridgework holds about one resident (UK GDPR Art. 15): their record, household, consents,
 * equality answers, who has seen the record, and every feature's own section.
 */
@Service
public class SubjectAccessService {

    private final ResidentService residents;
    private final ConsentService consents;
    private final EqualityMonitoringService equality;
    private final AuditTrail auditTrail;
    private final AuditService audit;
    private final List<PersonalDataSection> sections;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    SubjectAccessService(ResidentService residents, ConsentService consents, EqualityMonitoringService equality,
                         AuditTrail auditTrail, AuditService audit, List<PersonalDataSection> sections, Clock clock) {
        this.residents = residents;
        this.consents = consents;
        this.equality = equality;
        this.auditTrail = auditTrail;
        this.audit = audit;
        this.sections = sections;
        this.clock = clock;
    }

    @PreAuthorize(Access.ADMINS)
    @Transactional(readOnly = true)
    public SubjectAccessExport export(long residentId) {
        var form = residents.open(residentId)
                .orElseThrow(() -> InvalidInputException.of("resident", "There is no resident with that record number."));
        var document = new LinkedHashMap<String, Object>();
        document.put("Produced", clock.instant().toString());
        document.put("Record number", residentId);
        document.put("Personal details", form.labelledValues());
        document.put("Household members", householdMembers(form, residentId));
        document.put("Consents", consents.forResident(residentId).stream().map(SubjectAccessService::consent).toList());
        document.put("Equality monitoring", equality.find(residentId).map(SubjectAccessService::equalityAnswers)
                .orElse(Map.of()));
        document.put("Who has seen this record", auditTrail.whoHasSeen(residentId).stream().map(s -> {
            var m = new LinkedHashMap<String, Object>();
            m.put("User", s.actor());
            m.put("Role", s.role());
            m.put("Times", s.times());
            m.put("Last time", s.lastAt().toString());
            return (Object) m;
        }).toList());
        for (var section : sections) {
            document.put(section.title(), section.dataFor(residentId));
        }
        byte[] jsonBytes = json.writeValueAsBytes(document);
        String name = form.legalGivenName() + " " + form.legalFamilyName();
        byte[] pdf = SubjectAccessPdf.render("Personal data held about " + name, document);
        audit.recordExport("RESIDENT", residentId, residentId, "subject access export (JSON and PDF), "
                + document.size() + " sections");
        return new SubjectAccessExport(residentId, "subject-access-" + residentId, jsonBytes, pdf);
    }

    private List<String> householdMembers(ResidentForm form, long residentId) {
        if (form.householdId() == null) {
            return List.of();
        }
        return residents.householdMembers(form.householdId()).stream()
                .filter(m -> m.id() != residentId).map(ResidentSummary::displayName).toList();
    }

    private static Object consent(ConsentDetails c) {
        var m = new LinkedHashMap<String, Object>();
        m.put("Purpose", c.purpose().label());
        m.put("Partner organisation", c.organisationName());
        m.put("Lawful basis", c.lawfulBasis().label());
        m.put("Given on", c.givenOn());
        m.put("How given", c.recordedHow().label());
        m.put("Recorded by", c.recordedBy());
        m.put("Withdrawn on", c.withdrawnOn());
        m.put("How withdrawn", c.withdrawnHow() == null ? null : c.withdrawnHow().label());
        return m;
    }

    private static Map<String, Object> equalityAnswers(EqualityAnswers a) {
        var m = new LinkedHashMap<String, Object>();
        a.byField().forEach((field, answer) -> m.put(field.label(), answer == null ? null : answer.label()));
        return m;
    }
}

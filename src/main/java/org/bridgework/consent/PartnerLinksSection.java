package org.bridgework.consent;

import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.residents.PersonalDataSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The subject access export's account of which partner organisations could see the record, and why. */
@Component
class PartnerLinksSection implements PersonalDataSection {

    private final ResidentPartnerLinkRepository links;
    private final OrganisationService organisations;

    PartnerLinksSection(ResidentPartnerLinkRepository links, OrganisationService organisations) {
        this.links = links;
        this.organisations = organisations;
    }

    @Override
    public String title() {
        return "Partner organisations linked to this record";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> dataFor(long residentId) {
        List<Map<String, Object>> rows = links.findByResidentIdOrderByStartedAtDesc(residentId).stream().map(l -> {
            var row = new LinkedHashMap<String, Object>();
            row.put("organisation", organisations.find(l.organisationId).map(OrganisationDetails::name)
                    .orElse("Organisation " + l.organisationId));
            row.put("reason", l.source);
            row.put("reference", l.sourceRef);
            row.put("active", l.active);
            row.put("started", l.startedAt);
            row.put("ended", l.endedAt);
            return (Map<String, Object>) row;
        }).toList();
        return Map.of("links", rows);
    }
}

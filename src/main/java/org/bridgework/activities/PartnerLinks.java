package org.bridgework.activities;

import org.bridgework.organisations.OrganisationService;
import org.bridgework.organisations.OrganisationType;
import org.bridgework.residents.PartnerLinkChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells residents when a booking or attendance links a resident to a partner (not a council team). */
@Component
class PartnerLinks {

    static final String SOURCE = "activities.booking";

    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;

    PartnerLinks(OrganisationService organisations, ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.events = events;
    }

    void changed(long residentId, long organisationId, String ref, boolean active) {
        boolean partner = organisations.find(organisationId).map(o -> o.type() != OrganisationType.COUNCIL_TEAM).orElse(false);
        if (partner) {
            events.publishEvent(new PartnerLinkChanged(residentId, organisationId, SOURCE, ref, active));
        }
    }
}

package org.bridgework.activities;

import org.bridgework.organisations.OrganisationService;
import org.bridgework.organisations.OrganisationType;
import org.bridgework.residents.PartnerLinkChanged;
import org.bridgework.residents.PartnerLinksChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.function.LongFunction;

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
        if (isPartner(organisationId)) {
            events.publishEvent(new PartnerLinkChanged(residentId, organisationId, SOURCE, ref, active));
        }
    }

    /** The same change for many residents of one organisation: one look-up of the organisation, one event. */
    void changed(Collection<Long> residentIds, long organisationId, LongFunction<String> ref, boolean active) {
        if (residentIds.isEmpty() || !isPartner(organisationId)) {
            return;
        }
        events.publishEvent(new PartnerLinksChanged(residentIds.stream()
                .map(id -> new PartnerLinkChanged(id, organisationId, SOURCE, ref.apply(id), active)).toList()));
    }

    private boolean isPartner(long organisationId) {
        return organisations.find(organisationId).map(o -> o.type() != OrganisationType.COUNCIL_TEAM).orElse(false);
    }
}

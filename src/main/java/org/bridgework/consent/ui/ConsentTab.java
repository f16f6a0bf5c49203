package org.bridgework.consent.ui;

import com.vaadin.flow.component.Component;
import org.bridgework.consent.ConsentService;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.residents.ResidentJourneyTab;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.Role;

/** Consents on the resident page, for council staff. */
@org.springframework.stereotype.Component
class ConsentTab implements ResidentJourneyTab {

    private final ConsentService consents;
    private final OrganisationService organisations;

    ConsentTab(ConsentService consents, OrganisationService organisations) {
        this.consents = consents;
        this.organisations = organisations;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public String title() {
        return "consent.tab.title";
    }

    @Override
    public boolean isVisibleTo(BridgeworkUser user) {
        return user.hasRole(Role.ADMIN, Role.MANAGER, Role.OFFICER, Role.FAMILY_WORKER);
    }

    @Override
    public Component create(long residentId) {
        return new ConsentPanel(consents, organisations, residentId);
    }
}

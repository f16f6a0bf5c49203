package org.bridgework.privacy.ui;

import com.vaadin.flow.component.Component;
import org.bridgework.privacy.EqualityMonitoringService;
import org.bridgework.residents.ResidentJourneyTab;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.Role;

/** Equality monitoring on the resident page: administrators only, as special category data. */
@org.springframework.stereotype.Component
class EqualityTab implements ResidentJourneyTab {

    private final EqualityMonitoringService equality;

    EqualityTab(EqualityMonitoringService equality) {
        this.equality = equality;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String title() {
        return "privacy.tab.title";
    }

    @Override
    public boolean isVisibleTo(BridgeworkUser user) {
        return user.hasRole(Role.ADMIN);
    }

    @Override
    public Component create(long residentId) {
        return new EqualityPanel(equality, residentId);
    }
}

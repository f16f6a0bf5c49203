package org.bridgework.timecredits.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.bridgework.residents.ResidentJourneyTab;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.Role;
import org.bridgework.timecredits.ResidentCreditsService;

/** The resident page's "Time Credits" tab for council staff: balance and statement. */
@org.springframework.stereotype.Component
class CreditsJourneyTab implements ResidentJourneyTab {

    private final ResidentCreditsService credits;

    CreditsJourneyTab(ResidentCreditsService credits) {
        this.credits = credits;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String title() {
        return I18NProvider.translate("timecredits.creditsJourneyTab.timeCredits");
    }

    @Override
    public boolean isVisibleTo(BridgeworkUser user) {
        return user.hasRole(Role.ADMIN, Role.MANAGER, Role.OFFICER, Role.FAMILY_WORKER);
    }

    @Override
    public Component create(long residentId) {
        var statement = new StatementGrid();
        statement.setItems(q -> credits.statement(residentId, q.getOffset(), q.getLimit()).stream());
        var layout = new VerticalLayout(new Paragraph(I18NProvider.translate("timecredits.creditsJourneyTab.balance", Texts.number(credits.balance(residentId)))), statement);
        layout.setPadding(false);
        return layout;
    }
}

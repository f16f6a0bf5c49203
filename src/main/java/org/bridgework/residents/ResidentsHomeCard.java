package org.bridgework.residents;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.UI;
import org.bridgework.platform.HomeCard;
import org.bridgework.platform.ui.LocalFormats;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.Role;


/** Managers' and officers' headline: how many people Bridgework holds one record for. */
@org.springframework.stereotype.Component
class ResidentsHomeCard implements HomeCard {

    private final ResidentService residents;

    ResidentsHomeCard(ResidentService residents) {
        this.residents = residents;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean isFor(BridgeworkUser user) {
        return user.hasRole(Role.ADMIN, Role.MANAGER, Role.OFFICER);
    }

    @Override
    public com.vaadin.flow.component.Component create(BridgeworkUser user) {
        var ui = UI.getCurrent();
        var figure = new Span(LocalFormats.number(residents.countOnRecord()));
        figure.addClassName("figure");
        var card = new Div(new H2(ui.getTranslation("residents.home.on-record")), figure,
                new Div(new Anchor("residents", ui.getTranslation("residents.home.find"))));
        card.addClassName("home-card");
        return card;
    }
}

package org.bridgework.residents;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.bridgework.platform.HomeCard;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.Role;

import java.text.NumberFormat;
import java.util.Locale;

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
        var figure = new Span(NumberFormat.getIntegerInstance(Locale.UK).format(residents.countOnRecord()));
        figure.addClassName("figure");
        var card = new Div(new H2("Residents on record"), figure, new Div(new Anchor("residents", "Find a resident")));
        card.addClassName("home-card");
        return card;
    }
}

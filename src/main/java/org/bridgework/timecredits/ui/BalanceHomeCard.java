package org.bridgework.timecredits.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.bridgework.platform.HomeCard;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.timecredits.MyCreditsService;

@org.springframework.stereotype.Component
class BalanceHomeCard implements HomeCard {

    private final MyCreditsService mine;

    BalanceHomeCard(MyCreditsService mine) {
        this.mine = mine;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean isFor(BridgeworkUser user) {
        return user.isVolunteer() && user.residentId().isPresent();
    }

    @Override
    public com.vaadin.flow.component.Component create(BridgeworkUser user) {
        var card = new Div(new H3(I18NProvider.translate("timecredits.balanceHomeCard.myTimeCredits")), new Paragraph(I18NProvider.translate("timecredits.balanceHomeCard.youHave", Texts.number(mine.balance()))),
                new RouterLink(I18NProvider.translate("timecredits.balanceHomeCard.seeOffersAndMyStatement"), MyCreditsView.class));
        card.addClassName("home-card");
        return card;
    }
}

package org.bridgework.activities.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.bridgework.activities.ActivityService;
import org.bridgework.platform.HomeCard;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.Role;

import java.time.LocalDate;
import java.time.ZoneId;

/** An officer's (or partner's) sessions today, each a tap away from its register. */
@org.springframework.stereotype.Component
class TodaysSessionsCard implements HomeCard {

    private static final int SHOWN = 12;

    private final ActivityService activities;

    TodaysSessionsCard(ActivityService activities) {
        this.activities = activities;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean isFor(BridgeworkUser user) {
        return user.hasRole(Role.OFFICER, Role.MANAGER, Role.PARTNER);
    }

    @Override
    public com.vaadin.flow.component.Component create(BridgeworkUser user) {
        var today = LocalDate.now(ZoneId.of("Europe/London"));
        var sessions = activities.between(today, today, SHOWN + 1);
        var card = new Div(new H2(I18NProvider.translate("activities.todaysSessionsCard.todaysSessions")));
        card.addClassName("home-card");
        if (sessions.isEmpty()) {
            card.add(new Paragraph(I18NProvider.translate("activities.todaysSessionsCard.noSessionsToday")));
            return card;
        }
        var list = new UnorderedList();
        sessions.stream().limit(SHOWN).forEach(s -> list.add(new ListItem(new Anchor("sessions/" + s.id(),
                s.startTime() + " " + s.title() + (s.cancelled() ? I18NProvider.translate("activities.todaysSessionsCard.cancelled") : "")))));
        card.add(list);
        if (sessions.size() > SHOWN) {
            card.add(new Anchor("calendar", I18NProvider.translate("activities.todaysSessionsCard.moreInTheCalendar")));
        }
        return card;
    }
}

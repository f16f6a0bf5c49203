package org.bridgework.families.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.bridgework.families.FamilyDashboardService;
import org.bridgework.platform.HomeCard;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Home page cards: a family worker's to-do counts, a manager's headline figures. */
@Configuration(proxyBeanMethods = false)
class FamilyHomeCards {

    @Bean
    HomeCard familyWorkerCard(FamilyDashboardService dashboards) {
        return new HomeCard() {
            @Override
            public int order() {
                return 40;
            }

            @Override
            public boolean isFor(BridgeworkUser user) {
                return user.hasRole(Role.FAMILY_WORKER);
            }

            @Override
            public Component create(BridgeworkUser user) {
                var d = dashboards.forMe();
                return card(I18NProvider.translate("families.familyHomeCards.familySupport"), I18NProvider.translate("families.familyHomeCards.caseload", d.reviewsDue().size(), d.goalsOverdue().size(),
                        d.newReferrals().size(), d.firstContactsOverdue().size()), "families", I18NProvider.translate("families.familyHomeCards.openMyCaseload"));
            }
        };
    }

    @Bean
    HomeCard familyManagerCard(FamilyDashboardService dashboards) {
        return new HomeCard() {
            @Override
            public int order() {
                return 41;
            }

            @Override
            public boolean isFor(BridgeworkUser user) {
                return user.hasRole(Role.MANAGER);
            }

            @Override
            public Component create(BridgeworkUser user) {
                var o = dashboards.overview();
                long open = o.caseloads().stream().mapToLong(c -> c.open()).sum();
                return card(I18NProvider.translate("families.familyHomeCards.familySupport"), I18NProvider.translate("families.familyHomeCards.overview", open, o.firstContactsOverdue(),
                        o.averageDaysToFirstContact() == null ? I18NProvider.translate("families.familyHomeCards.noneYet")
                        : Texts.oneDecimal(o.averageDaysToFirstContact())),
                        "families/overview", I18NProvider.translate("families.familyHomeCards.openTheOverview"));
            }
        };
    }

    private static Component card(String title, String text, String link, String linkText) {
        var card = new VerticalLayout(new H2(title), new Paragraph(text), new Anchor(link, linkText));
        card.addClassName("home-card");
        card.setWidth("min(100%, 22rem)");
        return card;
    }
}

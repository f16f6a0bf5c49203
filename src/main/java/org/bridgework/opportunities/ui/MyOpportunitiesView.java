package org.bridgework.opportunities.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.opportunities.MatchingService;
import org.bridgework.opportunities.Opportunity;
import org.bridgework.security.Access;

/** A volunteer's own view of published opportunities that suit them; the service decides who "them" is. */
@Route("my-opportunities")
@Menu(order = 35, icon = "vaadin:briefcase", title = "opportunities.menu.opportunitiesForMe")
@RolesAllowed(Access.VOLUNTEER)
class MyOpportunitiesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Opportunity> grid = new Grid<>();

    MyOpportunitiesView(MatchingService matching) {
        setSizeFull();
        grid.addColumn(Opportunity::title).setHeader(getTranslation("opportunities.myOpportunities.opportunity")).setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(o -> Texts.label(o.type())).setHeader(getTranslation("opportunities.myOpportunities.kind"));
        grid.addColumn(o -> Formats.date(o.startDate())).setHeader(getTranslation("opportunities.myOpportunities.starts"));
        grid.addColumn(Formats::pay).setHeader(getTranslation("opportunities.myOpportunities.pay"));
        grid.addColumn(Opportunity::howToApply).setHeader(getTranslation("opportunities.myOpportunities.howToApply")).setFlexGrow(2);
        grid.setItems(q -> matching.myOpportunities(q.getOffset(), q.getLimit()).stream());
        grid.setAriaLabel(getTranslation("opportunities.myOpportunities.opportunitiesForMe"));
        grid.setSizeFull();
        add(new H1(getTranslation("opportunities.myOpportunities.opportunitiesForMe")),
                new Paragraph(getTranslation("opportunities.myOpportunities.intro")),
                grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opportunities.myOpportunities.pageTitle");
    }
}

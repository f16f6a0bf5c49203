package org.bridgework.opportunities.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.opportunities.MatchingService;
import org.bridgework.opportunities.Opportunity;
import org.bridgework.security.Access;

/** A volunteer's own view of published opportunities that suit them; the service decides who "them" is. */
@Route("my-opportunities")
@PageTitle("Opportunities for me | Bridgework")
@Menu(order = 35, icon = "vaadin:briefcase", title = "Opportunities for me")
@RolesAllowed(Access.VOLUNTEER)
class MyOpportunitiesView extends VerticalLayout {

    final Grid<Opportunity> grid = new Grid<>();

    MyOpportunitiesView(MatchingService matching) {
        setSizeFull();
        grid.addColumn(Opportunity::title).setHeader("Opportunity").setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(o -> o.type().label()).setHeader("Kind");
        grid.addColumn(o -> Formats.date(o.startDate())).setHeader("Starts");
        grid.addColumn(Formats::pay).setHeader("Pay");
        grid.addColumn(Opportunity::howToApply).setHeader("How to apply").setFlexGrow(2);
        grid.setItems(q -> matching.myOpportunities(q.getOffset(), q.getLimit()).stream());
        grid.setAriaLabel("Opportunities for me");
        grid.setSizeFull();
        add(new H1("Opportunities for me"),
                new Paragraph("Apprenticeships, placements and courses open now that match what you told us you are interested in."
                        + " Talk to your community engagement officer if you would like to be referred."),
                grid);
    }
}

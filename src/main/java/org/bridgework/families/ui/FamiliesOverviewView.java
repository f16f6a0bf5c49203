package org.bridgework.families.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.families.FamilyDashboardService;
import org.bridgework.families.ManagerOverview;
import org.bridgework.security.Access;

import java.util.Locale;

/** The manager's view of family support, from figures aggregated in SQL. */
@Route("families/overview")
@PageTitle("Family support overview | Bridgework")
@Menu(order = 41, icon = "vaadin:chart", title = "Family support overview")
@RolesAllowed(Access.MANAGER)
class FamiliesOverviewView extends VerticalLayout {

    FamiliesOverviewView(FamilyDashboardService dashboards) {
        var o = dashboards.overview();
        add(new H1("Family support overview"));
        add(new Paragraph("Average time from referral to first contact: " + (o.averageDaysToFirstContact() == null ? "no contacts yet"
                : String.format(Locale.UK, "%.1f days", o.averageDaysToFirstContact()))
                + ". First contacts overdue now: " + o.firstContactsOverdue() + "."));

        var caseloads = new Grid<ManagerOverview.Caseload>();
        caseloads.addColumn(ManagerOverview.Caseload::worker).setHeader("Lead worker");
        caseloads.addColumn(ManagerOverview.Caseload::open).setHeader("Open cases");
        caseloads.addColumn(ManagerOverview.Caseload::reviewsOverdue).setHeader("Reviews overdue");
        caseloads.setItems(o.caseloads());
        caseloads.setAllRowsVisible(true);
        caseloads.setAriaLabel("Caseloads per worker");

        var needs = new Grid<ManagerOverview.NeedCount>();
        needs.addColumn(ManagerOverview.NeedCount::need).setHeader("Need").setFlexGrow(3);
        needs.addColumn(ManagerOverview.NeedCount::openCases).setHeader("Open cases");
        needs.addColumn(ManagerOverview.NeedCount::allCases).setHeader("All cases");
        needs.setItems(o.casesByNeed());
        needs.setAllRowsVisible(true);
        needs.setAriaLabel("Cases by need");

        var outcomes = new Grid<ManagerOverview.NeedOutcomeCount>();
        outcomes.addColumn(ManagerOverview.NeedOutcomeCount::need).setHeader("Need").setFlexGrow(3);
        outcomes.addColumn(ManagerOverview.NeedOutcomeCount::achieved).setHeader("Achieved");
        outcomes.addColumn(ManagerOverview.NeedOutcomeCount::partly).setHeader("Partly");
        outcomes.addColumn(ManagerOverview.NeedOutcomeCount::notAchieved).setHeader("Not achieved");
        outcomes.setItems(o.outcomes());
        outcomes.setAllRowsVisible(true);
        outcomes.setAriaLabel("Outcomes at closure");

        add(new H2("Caseloads"), caseloads, new H2("Cases by need"), needs, new H2("Outcomes at closure"), outcomes);
    }
}

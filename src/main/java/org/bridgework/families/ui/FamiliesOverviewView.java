package org.bridgework.families.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.families.FamilyDashboardService;
import org.bridgework.families.ManagerOverview;
import org.bridgework.security.Access;

/** The manager's view of family support, from figures aggregated in SQL. */
@Route("families/overview")
@Menu(order = 41, icon = "vaadin:chart", title = "families.menu.familySupportOverview")
@RolesAllowed(Access.MANAGER)
class FamiliesOverviewView extends VerticalLayout implements HasDynamicTitle {

    FamiliesOverviewView(FamilyDashboardService dashboards) {
        var o = dashboards.overview();
        add(new H1(getTranslation("families.familiesOverview.familySupportOverview")));
        add(new Paragraph(getTranslation("families.familiesOverview.averages", o.averageDaysToFirstContact() == null
                ? getTranslation("families.familiesOverview.noContactsYet")
                : getTranslation("families.familiesOverview.days", Texts.oneDecimal(o.averageDaysToFirstContact())),
                o.firstContactsOverdue())));

        var caseloads = new Grid<ManagerOverview.Caseload>();
        caseloads.addColumn(ManagerOverview.Caseload::worker).setHeader(getTranslation("families.familiesOverview.leadWorker"));
        caseloads.addColumn(ManagerOverview.Caseload::open).setHeader(getTranslation("families.familiesOverview.openCases"));
        caseloads.addColumn(ManagerOverview.Caseload::reviewsOverdue).setHeader(getTranslation("families.familiesOverview.reviewsOverdue"));
        caseloads.setItems(o.caseloads());
        caseloads.setAllRowsVisible(true);
        caseloads.setAriaLabel(getTranslation("families.familiesOverview.caseloadsPerWorker"));

        var needs = new Grid<ManagerOverview.NeedCount>();
        needs.addColumn(ManagerOverview.NeedCount::need).setHeader(getTranslation("families.familiesOverview.need")).setFlexGrow(3);
        needs.addColumn(ManagerOverview.NeedCount::openCases).setHeader(getTranslation("families.familiesOverview.openCases"));
        needs.addColumn(ManagerOverview.NeedCount::allCases).setHeader(getTranslation("families.familiesOverview.allCases"));
        needs.setItems(o.casesByNeed());
        needs.setAllRowsVisible(true);
        needs.setAriaLabel(getTranslation("families.familiesOverview.casesByNeed"));

        var outcomes = new Grid<ManagerOverview.NeedOutcomeCount>();
        outcomes.addColumn(ManagerOverview.NeedOutcomeCount::need).setHeader(getTranslation("families.familiesOverview.need")).setFlexGrow(3);
        outcomes.addColumn(ManagerOverview.NeedOutcomeCount::achieved).setHeader(getTranslation("families.familiesOverview.achieved"));
        outcomes.addColumn(ManagerOverview.NeedOutcomeCount::partly).setHeader(getTranslation("families.familiesOverview.partly"));
        outcomes.addColumn(ManagerOverview.NeedOutcomeCount::notAchieved).setHeader(getTranslation("families.familiesOverview.notAchieved"));
        outcomes.setItems(o.outcomes());
        outcomes.setAllRowsVisible(true);
        outcomes.setAriaLabel(getTranslation("families.familiesOverview.outcomesAtClosure"));

        add(new H2(getTranslation("families.familiesOverview.caseloads")), caseloads, new H2(getTranslation("families.familiesOverview.casesByNeed")), needs, new H2(getTranslation("families.familiesOverview.outcomesAtClosure")), outcomes);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("families.familiesOverview.pageTitle");
    }
}

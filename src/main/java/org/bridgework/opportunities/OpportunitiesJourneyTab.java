package org.bridgework.opportunities;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.bridgework.residents.ResidentJourneyTab;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.Role;

/** On the resident page, for council staff: interests, opportunities that suit them, applications and progression. */
@org.springframework.stereotype.Component
class OpportunitiesJourneyTab implements ResidentJourneyTab {

    private final MatchingService matching;
    private final ApplicationService applications;
    private final ProgressionService progression;

    OpportunitiesJourneyTab(MatchingService matching, ApplicationService applications, ProgressionService progression) {
        this.matching = matching;
        this.applications = applications;
        this.progression = progression;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String title() {
        return "Opportunities";
    }

    @Override
    public boolean isVisibleTo(BridgeworkUser user) {
        return user.hasRole(Role.ADMIN, Role.MANAGER, Role.OFFICER);
    }

    @Override
    public com.vaadin.flow.component.Component create(long residentId) {
        var layout = new VerticalLayout();
        layout.setPadding(false);
        fill(layout, residentId);
        return layout;
    }

    private void fill(VerticalLayout layout, long residentId) {
        layout.removeAll();
        var interests = matching.interests(residentId);
        layout.add(new H3("Interests"), new Paragraph(interests.isEmpty() ? "None recorded yet." : String.join(", ",
                interests.stream().map(i -> (i.sector() == null ? "" : i.sector().label())
                        + (i.sector() != null && i.type() != null ? " – " : "") + (i.type() == null ? "" : i.type().label())
                        + (i.careLeaver() ? " (care leaver)" : "")).toList())));

        var suiting = new Grid<Opportunity>();
        suiting.addColumn(Opportunity::title).setHeader("Opportunity").setAutoWidth(true);
        suiting.addColumn(o -> o.type().label()).setHeader("Kind");
        suiting.setItems(q -> matching.opportunitiesFor(residentId, q.getOffset(), q.getLimit()).stream());
        suiting.setAllRowsVisible(true);
        suiting.setAriaLabel("Opportunities that suit this resident");

        var applied = new Grid<Application>();
        applied.addColumn(Application::opportunityTitle).setHeader("Opportunity").setAutoWidth(true);
        applied.addColumn(a -> a.step().label()).setHeader("Step");
        applied.addColumn(a -> String.valueOf(a.dateOf(a.step()))).setHeader("Since");
        applied.setItems(applications.forResident(residentId));
        applied.setAllRowsVisible(true);
        applied.setAriaLabel("Applications");

        var progress = new Grid<Progression>();
        progress.addColumn(p -> p.checkpoint().label()).setHeader("When");
        progress.addColumn(p -> p.status().label()).setHeader("Status");
        progress.addColumn(p -> p.payBand().label()).setHeader("Pay");
        progress.addColumn(p -> p.paidLivingWage() ? "Yes" : "No").setHeader("London Living Wage");
        progress.addColumn(p -> String.valueOf(p.recordedOn())).setHeader("Recorded");
        progress.setItems(progression.forResident(residentId));
        progress.setAllRowsVisible(true);
        progress.setAriaLabel("Employment progression");

        layout.add(new H3("Open opportunities that suit them"), suiting, new H3("Applications"), applied,
                new H3("Employment progression"), progress, new H3("Record"),
                new ProgressionForm(residentId, matching, progression, () -> fill(layout, residentId)));
    }
}

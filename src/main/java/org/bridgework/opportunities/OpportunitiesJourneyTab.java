package org.bridgework.opportunities;

import com.vaadin.flow.i18n.I18NProvider;
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
        return I18NProvider.translate("opportunities.opportunitiesJourneyTab.opportunities");
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
        layout.add(new H3(I18NProvider.translate("opportunities.opportunitiesJourneyTab.interests")), new Paragraph(interests.isEmpty() ? I18NProvider.translate("opportunities.opportunitiesJourneyTab.noneRecordedYet") : String.join(", ",
                interests.stream().map(i -> (i.sector() == null ? "" : Texts.label(i.sector()))
                        + (i.sector() != null && i.type() != null ? " – " : "") + (i.type() == null ? "" : Texts.label(i.type()))
                        + (i.careLeaver() ? I18NProvider.translate("opportunities.opportunitiesJourneyTab.careLeaver") : "")).toList())));

        var suiting = new Grid<Opportunity>();
        suiting.addColumn(Opportunity::title).setHeader(I18NProvider.translate("opportunities.opportunitiesJourneyTab.opportunity")).setAutoWidth(true);
        suiting.addColumn(o -> Texts.label(o.type())).setHeader(I18NProvider.translate("opportunities.opportunitiesJourneyTab.kind"));
        suiting.setItems(q -> matching.opportunitiesFor(residentId, q.getOffset(), q.getLimit()).stream());
        suiting.setAllRowsVisible(true);
        suiting.setAriaLabel(I18NProvider.translate("opportunities.opportunitiesJourneyTab.opportunitiesThatSuitThisResident"));

        var applied = new Grid<Application>();
        applied.addColumn(Application::opportunityTitle).setHeader(I18NProvider.translate("opportunities.opportunitiesJourneyTab.opportunity")).setAutoWidth(true);
        applied.addColumn(a -> Texts.label(a.step())).setHeader(I18NProvider.translate("opportunities.opportunitiesJourneyTab.step"));
        applied.addColumn(a -> Texts.date(a.dateOf(a.step()))).setHeader(I18NProvider.translate("opportunities.opportunitiesJourneyTab.since"));
        applied.setItems(applications.forResident(residentId));
        applied.setAllRowsVisible(true);
        applied.setAriaLabel(I18NProvider.translate("opportunities.opportunitiesJourneyTab.applications"));

        var progress = new Grid<Progression>();
        progress.addColumn(p -> Texts.label(p.checkpoint())).setHeader(I18NProvider.translate("opportunities.opportunitiesJourneyTab.when"));
        progress.addColumn(p -> Texts.label(p.status())).setHeader(I18NProvider.translate("opportunities.opportunitiesJourneyTab.status"));
        progress.addColumn(p -> Texts.label(p.payBand())).setHeader(I18NProvider.translate("opportunities.opportunitiesJourneyTab.pay"));
        progress.addColumn(p -> p.paidLivingWage() ? I18NProvider.translate("opportunities.opportunitiesJourneyTab.yes") : I18NProvider.translate("opportunities.opportunitiesJourneyTab.no")).setHeader(I18NProvider.translate("opportunities.opportunitiesJourneyTab.londonLivingWage"));
        progress.addColumn(p -> Texts.date(p.recordedOn())).setHeader(I18NProvider.translate("opportunities.opportunitiesJourneyTab.recorded"));
        progress.setItems(progression.forResident(residentId));
        progress.setAllRowsVisible(true);
        progress.setAriaLabel(I18NProvider.translate("opportunities.opportunitiesJourneyTab.employmentProgression"));

        layout.add(new H3(I18NProvider.translate("opportunities.opportunitiesJourneyTab.openOpportunitiesThatSuitThem")), suiting, new H3(I18NProvider.translate("opportunities.opportunitiesJourneyTab.applications")), applied,
                new H3(I18NProvider.translate("opportunities.opportunitiesJourneyTab.employmentProgression")), progress, new H3(I18NProvider.translate("opportunities.opportunitiesJourneyTab.record")),
                new ProgressionForm(residentId, matching, progression, () -> fill(layout, residentId)));
    }
}

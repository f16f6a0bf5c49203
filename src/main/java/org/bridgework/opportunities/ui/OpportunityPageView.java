package org.bridgework.opportunities.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.opportunities.Application;
import org.bridgework.opportunities.ApplicationService;
import org.bridgework.opportunities.ApplicationStep;
import org.bridgework.opportunities.MatchingService;
import org.bridgework.opportunities.Opportunity;
import org.bridgework.opportunities.OpportunityService;
import org.bridgework.opportunities.OpportunityStatus;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.FieldErrors;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.Access;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.CurrentUser;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One opportunity: its details and status, its applications and, for officers, who might suit it. */
@Route("opportunities/:id([0-9]+)")
@RolesAllowed({Access.ADMIN, Access.MANAGER, Access.OFFICER, Access.PARTNER})
class OpportunityPageView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<Application> applicationsGrid = new Grid<>();
    final Grid<ResidentSummary> shortlist = new Grid<>();
    final TextField reopenReason = new TextField(getTranslation("opportunities.opportunityPage.reasonForReopening"));
    final ComboBox<ApplicationStep> nextStep = new ComboBox<>(getTranslation("opportunities.opportunityPage.moveTheChosenApplicationTo"));
    final DatePicker stepDate = new DatePicker(getTranslation("opportunities.opportunityPage.on"));
    final TextField withdrawnReason = new TextField(getTranslation("opportunities.opportunityPage.whyWithdrawn"));

    private final OpportunityService opportunities;
    private final ApplicationService applications;
    private final MatchingService matching;
    private final ResidentService residents;
    private final OrganisationService organisations;
    private final BridgeworkUser user;
    private Opportunity opportunity;

    OpportunityPageView(OpportunityService opportunities, ApplicationService applications, MatchingService matching,
                        ResidentService residents, OrganisationService organisations, CurrentUser currentUser) {
        this.opportunities = opportunities;
        this.applications = applications;
        this.matching = matching;
        this.residents = residents;
        this.organisations = organisations;
        this.user = currentUser.require();
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow();
        var found = opportunities.find(id);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        opportunity = found.get();
        removeAll();
        show();
    }

    private void show() {
        var o = opportunity;
        add(new H1(o.title()));
        add(new Paragraph(organisations.find(o.organisationId()).map(OrganisationDetails::name).orElse("") + " · "
                + Texts.label(o.type()) + (o.apprenticeshipLevel() == null ? "" : getTranslation("opportunities.common.level", o.apprenticeshipLevel())) + " · "
                + Texts.label(o.sector()) + " · " + Texts.label(o.status())));
        add(new Paragraph(getTranslation("opportunities.opportunityPage.places", o.places()) + " · " + Formats.pay(o) + " · "
                + (o.startDate() == null ? getTranslation("opportunities.opportunityPage.startToBeAgreed") : getTranslation("opportunities.opportunityPage.starts", Formats.date(o.startDate())))
                + (o.location() == null ? "" : " · " + o.location())));
        add(new Paragraph(getTranslation("opportunities.opportunityPage.eligibility", eligibility(o))));
        add(new Paragraph(getTranslation("opportunities.opportunityPage.howToApply", o.howToApply())));
        add(statusActions());
        add(new H2(getTranslation("opportunities.opportunityPage.applications")));
        var names = new HashMap<Long, String>();
        applicationsGrid.addColumn(a -> names.getOrDefault(a.residentId(), getTranslation("opportunities.opportunityPage.residentNumber", String.valueOf(a.residentId())))).setHeader(getTranslation("opportunities.opportunityPage.resident"));
        applicationsGrid.addColumn(a -> Texts.label(a.step())).setHeader(getTranslation("opportunities.opportunityPage.step"));
        applicationsGrid.addColumn(a -> Formats.date(a.dateOf(a.step()))).setHeader(getTranslation("opportunities.opportunityPage.since"));
        applicationsGrid.setItems(q -> {
            var page = applications.forOpportunity(opportunity.id(), q.getOffset(), q.getLimit());
            residents.summaries(page.stream().map(Application::residentId).toList())
                    .forEach(s -> names.put(s.id(), s.displayName()));
            return page.stream();
        });
        applicationsGrid.setAllRowsVisible(true);
        applicationsGrid.setAriaLabel(getTranslation("opportunities.opportunityPage.applications"));
        add(applicationsGrid, stepActions());
        if (!user.isPartner()) {
            add(new H2(getTranslation("opportunities.opportunityPage.residentsWhoMightSuitThis")), shortlistSection());
        }
    }

    private String eligibility(Opportunity o) {
        var parts = new java.util.ArrayList<String>();
        if (o.minAge() != null || o.maxAge() != null) {
            String any = getTranslation("opportunities.opportunityPage.anyAge");
            parts.add(getTranslation("opportunities.opportunityPage.aged", o.minAge() == null ? any : String.valueOf(o.minAge()),
                    o.maxAge() == null ? any : String.valueOf(o.maxAge())));
        }
        if (o.careLeaversOnly()) {
            parts.add(getTranslation("opportunities.opportunityPage.careLeaversOnly"));
        }
        if (o.cityResidentsOnly()) {
            parts.add(getTranslation("opportunities.opportunityPage.cityResidentsOnly"));
        }
        if (o.otherEligibility() != null) {
            parts.add(o.otherEligibility());
        }
        return parts.isEmpty() ? getTranslation("opportunities.opportunityPage.openToAnyone") : String.join("; ", parts);
    }

    private FlexLayout statusActions() {
        var bar = new FlexLayout();
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        bar.add(new Button(getTranslation("opportunities.opportunityPage.edit"), e -> getUI().ifPresent(ui -> ui.navigate("opportunities/" + opportunity.id() + "/edit"))));
        switch (opportunity.status()) {
            case DRAFT -> bar.add(primary(getTranslation("opportunities.opportunityPage.publish"), () -> opportunities.publish(opportunity.id())));
            case PUBLISHED -> bar.add(primary(getTranslation("opportunities.opportunityPage.close"), () -> opportunities.close(opportunity.id())));
            case CLOSED -> bar.add(reopenReason, primary(getTranslation("opportunities.opportunityPage.reopen"), () -> opportunities.reopen(opportunity.id(), reopenReason.getValue())));
        }
        return bar;
    }

    private Button primary(String label, Runnable action) {
        var b = new Button(label, e -> {
            try {
                action.run();
                opportunity = opportunities.find(opportunity.id()).orElseThrow();
                removeAll();
                show();
            } catch (InvalidInputException invalid) {
                if (invalid.fieldErrors().containsKey("reason")) {
                    reopenReason.setErrorMessage(invalid.fieldErrors().get("reason"));
                    reopenReason.setInvalid(true);
                } else {
                    invalid.fieldErrors().values().forEach(Notification::show);
                }
            }
        });
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    private HorizontalLayout stepActions() {
        nextStep.setItems(Arrays.stream(ApplicationStep.values()).filter(s -> s != ApplicationStep.REFERRED).toList());
        nextStep.setItemLabelGenerator(Texts::label);
        var move = new Button(getTranslation("opportunities.opportunityPage.move"), e -> {
            var chosen = applicationsGrid.asSingleSelect().getValue();
            if (chosen == null || nextStep.getValue() == null) {
                Notification.show(getTranslation("opportunities.opportunityPage.chooseAnApplicationInThe"));
                return;
            }
            Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("date", stepDate, "reason", withdrawnReason, "step", nextStep);
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                applications.moveTo(chosen.id(), chosen.version(), nextStep.getValue(), stepDate.getValue(), withdrawnReason.getValue());
                applicationsGrid.getDataProvider().refreshAll();
                Notification.show(getTranslation("opportunities.opportunityPage.movedTo", Texts.label(nextStep.getValue())));
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, fields);
            } catch (ConcurrentEditException conflict) {
                applicationsGrid.getDataProvider().refreshAll();
                Notification.show(getTranslation("opportunities.opportunityPage.someoneElseMovedThisApplication"));
            }
        });
        var bar = new HorizontalLayout(nextStep, stepDate, withdrawnReason, move);
        bar.setWrap(true);
        bar.setAlignItems(Alignment.BASELINE);
        return bar;
    }

    private VerticalLayout shortlistSection() {
        shortlist.addColumn(ResidentSummary::displayName).setHeader(getTranslation("opportunities.opportunityPage.resident"));
        shortlist.addColumn(s -> Formats.date(s.dateOfBirth())).setHeader(getTranslation("opportunities.opportunityPage.dateOfBirth"));
        shortlist.addComponentColumn(s -> {
            var refer = new Button(getTranslation("opportunities.opportunityPage.refer"), e -> {
                try {
                    applications.refer(opportunity.id(), s.id(), null);
                    applicationsGrid.getDataProvider().refreshAll();
                    shortlist.setItems(candidates());
                    Notification.show(getTranslation("opportunities.opportunityPage.referred", s.displayName()));
                } catch (InvalidInputException invalid) {
                    invalid.fieldErrors().values().forEach(Notification::show);
                }
            });
            refer.setAriaLabel(getTranslation("opportunities.opportunityPage.referAria", s.displayName()));
            refer.setEnabled(opportunity.status() == OpportunityStatus.PUBLISHED);
            return refer;
        }).setHeader("");
        shortlist.setItems(candidates());
        shortlist.setAllRowsVisible(true);
        shortlist.setAriaLabel(getTranslation("opportunities.opportunityPage.shortlist"));
        return new VerticalLayout(shortlist);
    }

    private List<ResidentSummary> candidates() {
        return matching.shortlistResidents(opportunity.id(), 20);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opportunities.opportunityPage.pageTitle");
    }
}

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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Opportunity | Bridgework")
@RolesAllowed({Access.ADMIN, Access.MANAGER, Access.OFFICER, Access.PARTNER})
class OpportunityPageView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<Application> applicationsGrid = new Grid<>();
    final Grid<ResidentSummary> shortlist = new Grid<>();
    final TextField reopenReason = new TextField("Reason for reopening");
    final ComboBox<ApplicationStep> nextStep = new ComboBox<>("Move the chosen application to");
    final DatePicker stepDate = new DatePicker("On");
    final TextField withdrawnReason = new TextField("Why withdrawn");

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
                + o.type().label() + (o.apprenticeshipLevel() == null ? "" : ", level " + o.apprenticeshipLevel()) + " · "
                + o.sector().label() + " · " + o.status().label()));
        add(new Paragraph(o.places() + " place(s) · " + Formats.pay(o) + " · "
                + (o.startDate() == null ? "start to be agreed" : "starts " + Formats.date(o.startDate()))
                + (o.location() == null ? "" : " · " + o.location())));
        add(new Paragraph("Eligibility: " + eligibility(o)));
        add(new Paragraph("How to apply: " + o.howToApply()));
        add(statusActions());
        add(new H2("Applications"));
        var names = new HashMap<Long, String>();
        applicationsGrid.addColumn(a -> names.getOrDefault(a.residentId(), "Resident " + a.residentId())).setHeader("Resident");
        applicationsGrid.addColumn(a -> a.step().label()).setHeader("Step");
        applicationsGrid.addColumn(a -> Formats.date(a.dateOf(a.step()))).setHeader("Since");
        applicationsGrid.setItems(q -> {
            var page = applications.forOpportunity(opportunity.id(), q.getOffset(), q.getLimit());
            residents.summaries(page.stream().map(Application::residentId).toList())
                    .forEach(s -> names.put(s.id(), s.displayName()));
            return page.stream();
        });
        applicationsGrid.setAllRowsVisible(true);
        applicationsGrid.setAriaLabel("Applications");
        add(applicationsGrid, stepActions());
        if (!user.isPartner()) {
            add(new H2("Residents who might suit this"), shortlistSection());
        }
    }

    private static String eligibility(Opportunity o) {
        var parts = new java.util.ArrayList<String>();
        if (o.minAge() != null || o.maxAge() != null) {
            parts.add("aged " + (o.minAge() == null ? "any" : o.minAge()) + " to " + (o.maxAge() == null ? "any" : o.maxAge()));
        }
        if (o.careLeaversOnly()) {
            parts.add("care leavers only");
        }
        if (o.cityResidentsOnly()) {
            parts.add("City residents only");
        }
        if (o.otherEligibility() != null) {
            parts.add(o.otherEligibility());
        }
        return parts.isEmpty() ? "open to anyone" : String.join("; ", parts);
    }

    private FlexLayout statusActions() {
        var bar = new FlexLayout();
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        bar.add(new Button("Edit", e -> getUI().ifPresent(ui -> ui.navigate("opportunities/" + opportunity.id() + "/edit"))));
        switch (opportunity.status()) {
            case DRAFT -> bar.add(primary("Publish", () -> opportunities.publish(opportunity.id())));
            case PUBLISHED -> bar.add(primary("Close", () -> opportunities.close(opportunity.id())));
            case CLOSED -> bar.add(reopenReason, primary("Reopen", () -> opportunities.reopen(opportunity.id(), reopenReason.getValue())));
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
        nextStep.setItemLabelGenerator(ApplicationStep::label);
        var move = new Button("Move", e -> {
            var chosen = applicationsGrid.asSingleSelect().getValue();
            if (chosen == null || nextStep.getValue() == null) {
                Notification.show("Choose an application in the list and the step to move it to.");
                return;
            }
            Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("date", stepDate, "reason", withdrawnReason, "step", nextStep);
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                applications.moveTo(chosen.id(), chosen.version(), nextStep.getValue(), stepDate.getValue(), withdrawnReason.getValue());
                applicationsGrid.getDataProvider().refreshAll();
                Notification.show("Moved to " + nextStep.getValue().label());
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, fields);
            } catch (ConcurrentEditException conflict) {
                applicationsGrid.getDataProvider().refreshAll();
                Notification.show("Someone else moved this application on meanwhile; the list now shows where it is.");
            }
        });
        var bar = new HorizontalLayout(nextStep, stepDate, withdrawnReason, move);
        bar.setWrap(true);
        bar.setAlignItems(Alignment.BASELINE);
        return bar;
    }

    private VerticalLayout shortlistSection() {
        shortlist.addColumn(ResidentSummary::displayName).setHeader("Resident");
        shortlist.addColumn(s -> Formats.date(s.dateOfBirth())).setHeader("Date of birth");
        shortlist.addComponentColumn(s -> {
            var refer = new Button("Refer", e -> {
                try {
                    applications.refer(opportunity.id(), s.id(), null);
                    applicationsGrid.getDataProvider().refreshAll();
                    shortlist.setItems(candidates());
                    Notification.show(s.displayName() + " referred");
                } catch (InvalidInputException invalid) {
                    invalid.fieldErrors().values().forEach(Notification::show);
                }
            });
            refer.setAriaLabel("Refer " + s.displayName());
            refer.setEnabled(opportunity.status() == OpportunityStatus.PUBLISHED);
            return refer;
        }).setHeader("");
        shortlist.setItems(candidates());
        shortlist.setAllRowsVisible(true);
        shortlist.setAriaLabel("Shortlist");
        return new VerticalLayout(shortlist);
    }

    private List<ResidentSummary> candidates() {
        return matching.shortlistResidents(opportunity.id(), 20);
    }
}

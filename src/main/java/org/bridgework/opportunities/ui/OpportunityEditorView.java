package org.bridgework.opportunities.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.opportunities.Opportunity;
import org.bridgework.opportunities.OpportunityService;
import org.bridgework.opportunities.OpportunityType;
import org.bridgework.opportunities.Sector;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.FieldErrors;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.reference.Ward;
import org.bridgework.reference.WardDirectory;
import org.bridgework.security.Access;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.CurrentUser;

import java.math.BigDecimal;
import java.util.Map;

/** Adding or editing an opportunity; each message from the service is shown beside its field. */
@Route("opportunities/new")
@RouteAlias("opportunities/:id([0-9]+)/edit")
@RolesAllowed({Access.ADMIN, Access.MANAGER, Access.OFFICER, Access.PARTNER})
class OpportunityEditorView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final ComboBox<OrganisationDetails> organisation = new ComboBox<>(getTranslation("opportunities.opportunityEditor.employerOrPartnerOrganisation"));
    final TextField title = new TextField(getTranslation("opportunities.opportunityEditor.title"));
    final ComboBox<OpportunityType> type = new ComboBox<>(getTranslation("opportunities.opportunityEditor.kindOfOpportunity"));
    final IntegerField level = new IntegerField(getTranslation("opportunities.opportunityEditor.apprenticeshipLevel2To7"));
    final ComboBox<Sector> sector = new ComboBox<>(getTranslation("opportunities.opportunityEditor.sector"));
    final TextField location = new TextField(getTranslation("opportunities.opportunityEditor.where"));
    final ComboBox<Ward> ward = new ComboBox<>(getTranslation("opportunities.opportunityEditor.ward"));
    final DatePicker startDate = new DatePicker(getTranslation("opportunities.opportunityEditor.starts"));
    final DatePicker endDate = new DatePicker(getTranslation("opportunities.opportunityEditor.ends"));
    final IntegerField places = new IntegerField(getTranslation("opportunities.opportunityEditor.numberOfPlaces"));
    final IntegerField minAge = new IntegerField(getTranslation("opportunities.opportunityEditor.youngestAge"));
    final IntegerField maxAge = new IntegerField(getTranslation("opportunities.opportunityEditor.oldestAge"));
    final Checkbox careLeaversOnly = new Checkbox(getTranslation("opportunities.opportunityEditor.careLeaversOnly"));
    final Checkbox cityResidentsOnly = new Checkbox(getTranslation("opportunities.opportunityEditor.cityResidentsOnly"));
    final TextArea otherEligibility = new TextArea(getTranslation("opportunities.opportunityEditor.otherEligibility"));
    final Checkbox unpaid = new Checkbox(getTranslation("opportunities.opportunityEditor.unpaid"));
    final BigDecimalField hourlyRate = new BigDecimalField(getTranslation("opportunities.opportunityEditor.hourlyRate"));
    final Checkbox paysLivingWage = new Checkbox(getTranslation("opportunities.opportunityEditor.paysTheLondonLivingWage"));
    final TextArea howToApply = new TextArea(getTranslation("opportunities.opportunityEditor.howToApply"));
    final Button save = new Button(getTranslation("opportunities.opportunityEditor.save"));

    private final OpportunityService opportunities;
    private final OrganisationService organisations;
    private final BridgeworkUser user;
    private Opportunity editing;

    OpportunityEditorView(OpportunityService opportunities, OrganisationService organisations, WardDirectory wards,
                          CurrentUser currentUser) {
        this.opportunities = opportunities;
        this.organisations = organisations;
        this.user = currentUser.require();
        organisation.setItems(q -> organisations.directory(q.getFilter().orElse(""), null, null, q.getOffset(), q.getLimit()).stream());
        organisation.setItemLabelGenerator(OrganisationDetails::name);
        organisation.setVisible(!user.isPartner());
        type.setItems(OpportunityType.values());
        type.setItemLabelGenerator(Texts::label);
        type.addValueChangeListener(e -> level.setEnabled(e.getValue() == OpportunityType.APPRENTICESHIP));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(Texts::label);
        ward.setItems(wards.all());
        ward.setItemLabelGenerator(Ward::name);
        ward.setClearButtonVisible(true);
        unpaid.addValueChangeListener(e -> hourlyRate.setEnabled(!e.getValue()));
        paysLivingWage.setReadOnly(true);
        paysLivingWage.setTooltipText(getTranslation("opportunities.opportunityEditor.workedOutFromTheHourly"));
        hourlyRate.addValueChangeListener(e -> paysLivingWage.setValue(e.getValue() != null
                && e.getValue().movePointRight(2).intValue() >= opportunities.livingWagePence()));
        var form = new FormLayout(organisation, title, type, level, sector, location, ward, startDate, endDate, places,
                minAge, maxAge, careLeaversOnly, cityResidentsOnly, otherEligibility, unpaid, hourlyRate, paysLivingWage, howToApply);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(otherEligibility, 2);
        form.setColspan(howToApply, 2);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H1(getTranslation("opportunities.opportunityEditor.opportunity")), new Paragraph(getTranslation("opportunities.opportunityEditor.livingWage",
                Texts.money(opportunities.livingWagePence()))), form,
                new HorizontalLayout(save, new Button(getTranslation("opportunities.opportunityEditor.cancel"), e -> back())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            editing = Opportunity.blank(user.organisationId().orElse(0L));
        } else {
            var found = opportunities.find(id.get());
            if (found.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            editing = found.get();
        }
        show(editing);
    }

    private void show(Opportunity o) {
        if (o.organisationId() != 0) {
            organisations.find(o.organisationId()).ifPresent(organisation::setValue);
        }
        title.setValue(o.title());
        type.setValue(o.type());
        level.setValue(o.apprenticeshipLevel());
        sector.setValue(o.sector());
        location.setValue(o.location() == null ? "" : o.location());
        ward.setValue(ward.getListDataView().getItems().filter(w -> w.code().equals(o.wardCode())).findFirst().orElse(null));
        startDate.setValue(o.startDate());
        endDate.setValue(o.endDate());
        places.setValue(o.places());
        minAge.setValue(o.minAge());
        maxAge.setValue(o.maxAge());
        careLeaversOnly.setValue(o.careLeaversOnly());
        cityResidentsOnly.setValue(o.cityResidentsOnly());
        otherEligibility.setValue(o.otherEligibility() == null ? "" : o.otherEligibility());
        unpaid.setValue(o.unpaid());
        hourlyRate.setValue(o.unpaid() ? null : BigDecimal.valueOf(o.hourlyRatePence(), 2));
        howToApply.setValue(o.howToApply());
    }

    Opportunity formValue() {
        long org = user.isPartner() ? user.organisationId().orElse(0L)
                : organisation.getValue() == null ? 0L : organisation.getValue().id();
        Integer rate = unpaid.getValue() || hourlyRate.getValue() == null ? null : hourlyRate.getValue().movePointRight(2).intValue();
        return new Opportunity(editing.id(), editing.version(), org, title.getValue(), type.getValue(), level.getValue(),
                sector.getValue(), location.getValue(), ward.getValue() == null ? null : ward.getValue().code(),
                startDate.getValue(), endDate.getValue(), places.getValue() == null ? 0 : places.getValue(), minAge.getValue(),
                maxAge.getValue(), careLeaversOnly.getValue(), cityResidentsOnly.getValue(), otherEligibility.getValue(), rate,
                false, howToApply.getValue(), editing.status());
    }

    private void save() {
        for (HasValidation f : fields().values()) {
            f.setInvalid(false);
        }
        if (!user.isPartner() && organisation.getValue() == null) {
            organisation.setErrorMessage(getTranslation("opportunities.opportunityEditor.chooseTheOrganisationOfferingThis"));
            organisation.setInvalid(true);
            return;
        }
        try {
            var saved = opportunities.save(formValue());
            Notification.show(getTranslation("opportunities.opportunityEditor.saved"));
            getUI().ifPresent(ui -> ui.navigate("opportunities/" + saved.id()));
        } catch (InvalidInputException invalid) {
            FieldErrors.show(invalid, fields());
        } catch (ConcurrentEditException conflict) {
            Notification.show(getTranslation("opportunities.opportunityEditor.changedByOthers"));
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.ofEntries(Map.entry("title", title), Map.entry("type", type), Map.entry("apprenticeshipLevel", level),
                Map.entry("sector", sector), Map.entry("endDate", endDate), Map.entry("places", places),
                Map.entry("minAge", minAge), Map.entry("maxAge", maxAge), Map.entry("hourlyRatePence", hourlyRate),
                Map.entry("howToApply", howToApply), Map.entry("organisation", organisation));
    }

    private void back() {
        getUI().ifPresent(ui -> ui.navigate(editing.id() == null ? "opportunities" : "opportunities/" + editing.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opportunities.opportunityEditor.pageTitle");
    }
}

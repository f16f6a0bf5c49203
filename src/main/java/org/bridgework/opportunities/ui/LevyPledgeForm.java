package org.bridgework.opportunities.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import org.bridgework.opportunities.LevyPledge;
import org.bridgework.opportunities.LevyService;
import org.bridgework.opportunities.Opportunity;
import org.bridgework.opportunities.OpportunityFilter;
import org.bridgework.opportunities.OpportunityService;
import org.bridgework.opportunities.OpportunityType;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.organisations.OrganisationType;
import org.bridgework.platform.FieldErrors;
import org.bridgework.platform.InvalidInputException;

import java.time.LocalDate;
import java.util.Map;

/** Records a levy transfer pledge; the apprenticeships it funds are picked from the register. */
class LevyPledgeForm extends FormLayout {

    final ComboBox<OrganisationDetails> pledging = new ComboBox<>(getTranslation("opportunities.levyPledge.pledgingEmployer"));
    final ComboBox<OrganisationDetails> receiving = new ComboBox<>(getTranslation("opportunities.levyPledge.receivingEmployer"));
    final IntegerField pledged = new IntegerField(getTranslation("opportunities.levyPledge.amountPledged"));
    final IntegerField used = new IntegerField(getTranslation("opportunities.levyPledge.amountUsedSoFar"));
    final DatePicker pledgedOn = new DatePicker(getTranslation("opportunities.levyPledge.dateOfPledge"));
    final MultiSelectComboBox<Opportunity> apprenticeships = new MultiSelectComboBox<>(getTranslation("opportunities.levyPledge.apprenticeshipsFunded"));
    final Button save = new Button(getTranslation("opportunities.levyPledge.recordPledge"));

    LevyPledgeForm(LevyService levy, OrganisationService organisations, OpportunityService opportunities, Runnable saved) {
        for (var box : new ComboBox<?>[]{pledging, receiving}) {
            @SuppressWarnings("unchecked")
            var orgs = (ComboBox<OrganisationDetails>) box;
            orgs.setItems(q -> organisations.directory(q.getFilter().orElse(""), OrganisationType.BUSINESS, null,
                    q.getOffset(), q.getLimit()).stream());
            orgs.setItemLabelGenerator(OrganisationDetails::name);
        }
        apprenticeships.setItems(q -> opportunities.search(new OpportunityFilter(q.getFilter().orElse(""),
                OpportunityType.APPRENTICESHIP, null, null, null, null, null, null), q.getOffset(), q.getLimit()).stream());
        apprenticeships.setItemLabelGenerator(Opportunity::title);
        used.setValue(0);
        pledgedOn.setValue(LocalDate.now());
        Map<String, HasValidation> fields = Map.of("receivingOrganisationId", receiving, "amountPledgedPounds", pledged,
                "amountUsedPounds", used, "pledgedOn", pledgedOn, "apprenticeshipIds", apprenticeships);
        save.addClickListener(e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            pledging.setInvalid(false);
            if (pledging.getValue() == null || receiving.getValue() == null) {
                (pledging.getValue() == null ? pledging : receiving).setErrorMessage(getTranslation("opportunities.levyPledge.chooseTheEmployer"));
                (pledging.getValue() == null ? pledging : receiving).setInvalid(true);
                return;
            }
            try {
                levy.pledge(new LevyPledge(null, pledging.getValue().id(), receiving.getValue().id(),
                        pledged.getValue() == null ? 0 : pledged.getValue(), used.getValue() == null ? 0 : used.getValue(),
                        pledgedOn.getValue(), apprenticeships.getValue().stream().map(Opportunity::id).toList()));
                Notification.show(getTranslation("opportunities.levyPledge.pledgeRecorded"));
                saved.run();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, fields);
            }
        });
        add(pledging, receiving, pledged, used, pledgedOn, apprenticeships, save);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }
}

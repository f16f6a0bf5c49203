package org.bridgework.families.ui;

import org.bridgework.platform.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.bridgework.families.FamilyCaseService;
import org.bridgework.families.FamilyNeedsService;
import org.bridgework.families.Need;
import org.bridgework.families.NewReferral;
import org.bridgework.families.ReferralSource;
import org.bridgework.families.Urgency;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.ResidentFilter;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;

import java.util.Map;
import java.util.function.LongConsumer;

/** Records a referral into family support for a household. */
class ReferralDialog extends Dialog {

    final ComboBox<ResidentSummary> resident = new ComboBox<>(getTranslation("families.referral.aMemberOfTheHousehold"));
    final Select<ReferralSource> source = new Select<>();
    final TextField referrer = new TextField(getTranslation("families.referral.referrersNameAndRole"));
    final TextArea details = new TextArea(getTranslation("families.referral.whatTheReferrerToldUs"));
    final MultiSelectComboBox<Need> needs = new MultiSelectComboBox<>(getTranslation("families.referral.needs"));
    final Checkbox consent = new Checkbox(getTranslation("families.referral.theFamilyConsentsToInformation"));
    final DatePicker consentDate = new DatePicker(getTranslation("families.referral.dateConsentWasGiven"));
    final Select<Urgency> urgency = new Select<>();
    final Button save = new Button(getTranslation("families.referral.recordReferral"));

    ReferralDialog(FamilyCaseService cases, FamilyNeedsService needService, ResidentService residents, LongConsumer opened) {
        setHeaderTitle(getTranslation("families.referral.newReferral"));
        resident.setItems(q -> residents.search(new ResidentFilter(q.getFilter().orElse(""), null, null, null),
                q.getOffset(), q.getLimit()).stream());
        resident.setItemLabelGenerator(r -> r.displayName() + (r.postcode() == null ? "" : " (" + r.postcode() + ")")
                + (r.householdId() == null ? getTranslation("families.referral.noHousehold") : ""));
        resident.setHelperText(getTranslation("families.referral.searchByNameEveryoneIn"));
        source.setLabel(getTranslation("families.referral.whoReferredTheFamily"));
        source.setItems(ReferralSource.values());
        source.setItemLabelGenerator(Texts::label);
        needs.setItems(needService.needs(false));
        needs.setItemLabelGenerator(Need::label);
        consentDate.setMax(Formats.today());
        consentDate.setEnabled(false);
        consent.addValueChangeListener(e -> consentDate.setEnabled(e.getValue()));
        urgency.setLabel(getTranslation("families.referral.urgency"));
        var urgencies = needService.urgencies();
        urgency.setItems(urgencies);
        urgency.setItemLabelGenerator(u -> getTranslation("families.referral.urgencyItem", u.label(), u.firstContactWorkingDays()));
        urgencies.stream().filter(u -> u.code().equals("STANDARD")).findFirst().ifPresent(urgency::setValue);
        details.setMaxLength(10_000);

        var form = new FormLayout(resident, source, referrer, urgency, needs, details, consent, consentDate);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(needs, 2);
        form.setColspan(details, 2);
        add(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (resident.getValue() != null && resident.getValue().householdId() == null) {
                resident.setErrorMessage(getTranslation("families.referral.thisResidentIsNotIn"));
                resident.setInvalid(true);
                return;
            }
            try {
                long id = cases.refer(new NewReferral(resident.getValue() == null ? null : resident.getValue().householdId(),
                        source.getValue(), referrer.getValue(), details.getValue(),
                        needs.getValue().stream().map(Need::id).toList(), consent.getValue(),
                        consentDate.getValue(), urgency.getValue() == null ? null : urgency.getValue().code()));
                close();
                opened.accept(id);
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("household", resident, "source", source, "needs", needs,
                        "consentDate", consentDate, "urgency", urgency, "details", details));
            }
        });
        getFooter().add(new Button(getTranslation("families.referral.cancel"), e -> close()), save);
    }
}

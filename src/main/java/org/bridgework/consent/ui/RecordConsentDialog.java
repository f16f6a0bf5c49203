package org.bridgework.consent.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import org.bridgework.consent.ConsentPurpose;
import org.bridgework.consent.ConsentService;
import org.bridgework.consent.LawfulBasis;
import org.bridgework.consent.NewConsent;
import org.bridgework.consent.RecordedHow;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.platform.ui.LocalDatePickers;

import java.time.LocalDate;
import java.util.Map;

class RecordConsentDialog extends Dialog {

    final ComboBox<ConsentPurpose> purpose = new ComboBox<>(getTranslation("consent.record.purpose"));
    final ComboBox<OrganisationDetails> organisation = new ComboBox<>(getTranslation("consent.record.organisation"));
    final ComboBox<LawfulBasis> lawfulBasis = new ComboBox<>(getTranslation("consent.record.lawful-basis"));
    final DatePicker givenOn = new DatePicker(getTranslation("consent.record.given-on"));
    final ComboBox<RecordedHow> recordedHow = new ComboBox<>(getTranslation("consent.record.how"));
    final TextArea notes = new TextArea(getTranslation("consent.record.notes"));
    final Button save;

    RecordConsentDialog(ConsentService consents, OrganisationService organisations, long residentId, Runnable onSaved) {
        setHeaderTitle(getTranslation("consent.record.heading"));
        purpose.setItems(ConsentPurpose.values());
        purpose.setItemLabelGenerator(p -> ConsentTexts.purpose(this, p));
        purpose.setRequired(true);
        organisation.setItems(q -> organisations.directory(q.getFilter().orElse(""), null, null, q.getOffset(), q.getLimit()).stream());
        organisation.setItemLabelGenerator(OrganisationDetails::name);
        organisation.setVisible(false);
        purpose.addValueChangeListener(e -> {
            organisation.setVisible(e.getValue() != null && e.getValue().namesOrganisation());
            if (lawfulBasis.isEmpty() && e.getValue() != null) {
                lawfulBasis.setValue(LawfulBasis.CONSENT);
            }
        });
        lawfulBasis.setItems(LawfulBasis.values());
        lawfulBasis.setItemLabelGenerator(b -> ConsentTexts.lawfulBasis(this, b));
        lawfulBasis.setHelperText(getTranslation("consent.record.lawful-basis-help"));
        lawfulBasis.setRequired(true);
        LocalDatePickers.localise(givenOn);
        givenOn.setValue(LocalDate.now());
        givenOn.setMax(LocalDate.now());
        givenOn.setRequired(true);
        recordedHow.setItems(RecordedHow.values());
        recordedHow.setItemLabelGenerator(h -> ConsentTexts.how(this, h));
        recordedHow.setRequired(true);
        notes.setMaxLength(500);
        notes.setHelperText(getTranslation("consent.record.notes-help"));

        var form = new FormLayout(purpose, organisation, lawfulBasis, givenOn, recordedHow, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(notes, 2);
        add(form);

        save = new Button(getTranslation("consent.record.save"), e -> {
            clearErrors();
            try {
                consents.record(new NewConsent(residentId, purpose.getValue(),
                        organisation.getValue() == null ? null : organisation.getValue().id(), lawfulBasis.getValue(),
                        givenOn.getValue(), recordedHow.getValue(), notes.getValue()));
                Notification.show(getTranslation("consent.record.done"));
                onSaved.run();
                close();
            } catch (InvalidInputException invalid) {
                showErrors(invalid.fieldErrors());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("purpose", purpose, "organisation", organisation, "lawfulBasis", lawfulBasis,
                "givenOn", givenOn, "recordedHow", recordedHow, "notes", notes);
    }

    private void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
    }

    private void showErrors(Map<String, String> errors) {
        errors.forEach((field, message) -> {
            var f = fields().get(field);
            if (f != null) {
                f.setErrorMessage(message);
                f.setInvalid(true);
            } else {
                Notification.show(message);
            }
        });
    }
}

package org.bridgework.timecredits.ui;

import org.bridgework.platform.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.reference.Ward;
import org.bridgework.reference.WardDirectory;
import org.bridgework.timecredits.Audience;
import org.bridgework.timecredits.Offer;
import org.bridgework.timecredits.OfferService;

import java.time.LocalDate;
import java.util.Map;

/** A spend partner publishes an offer for its own organisation. */
class OfferForm extends FormLayout {

    final TextField title = new TextField(getTranslation("timecredits.offer.title"));
    final TextField description = new TextField(getTranslation("timecredits.offer.description"));
    final IntegerField credits = new IntegerField(getTranslation("timecredits.offer.creditsNeeded"));
    final ComboBox<Audience> audience = new ComboBox<>(getTranslation("timecredits.offer.whoItIsFor"));
    final IntegerField perVisitCap = new IntegerField(getTranslation("timecredits.offer.mostOneVisitMayTake"));
    final DatePicker validFrom = new DatePicker(getTranslation("timecredits.offer.firstDay"), LocalDate.now());
    final DatePicker validTo = new DatePicker(getTranslation("timecredits.offer.lastDay"));
    final ComboBox<Ward> ward = new ComboBox<>(getTranslation("timecredits.offer.ward"));
    final Button publish = new Button(getTranslation("timecredits.offer.publishOffer"));

    OfferForm(OfferService offers, WardDirectory wards, Runnable onSaved) {
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(Audience::label);
        audience.setValue(Audience.ALL);
        perVisitCap.setValue(1);
        validTo.setHelperText(getTranslation("timecredits.offer.leaveEmptyForNoEnd"));
        ward.setItems(wards.all());
        ward.setItemLabelGenerator(Ward::name);
        ward.setHelperText(getTranslation("timecredits.offer.leaveEmptyToShowIt"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> {
            try {
                offers.save(new Offer(null, 0, null, title.getValue(), description.getValue(), credits.getValue(),
                        audience.getValue(), perVisitCap.getValue(), validFrom.getValue(), validTo.getValue(),
                        ward.getValue() == null ? null : ward.getValue().code(), true));
                FieldErrors.done(getTranslation("timecredits.offer.offerPublished"));
                title.clear();
                description.clear();
                onSaved.run();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("title", title, "creditsNeeded", credits, "audience", audience,
                        "perVisitCap", perVisitCap, "validFrom", validFrom, "validTo", validTo));
            }
        });
        add(title, description, credits, audience, perVisitCap, validFrom, validTo, ward, publish);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    }
}

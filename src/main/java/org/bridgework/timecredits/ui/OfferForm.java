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

    final TextField title = new TextField("Title");
    final TextField description = new TextField("Description");
    final IntegerField credits = new IntegerField("Credits needed");
    final ComboBox<Audience> audience = new ComboBox<>("Who it is for");
    final IntegerField perVisitCap = new IntegerField("Most one visit may take");
    final DatePicker validFrom = new DatePicker("First day", LocalDate.now());
    final DatePicker validTo = new DatePicker("Last day");
    final ComboBox<Ward> ward = new ComboBox<>("Ward");
    final Button publish = new Button("Publish offer");

    OfferForm(OfferService offers, WardDirectory wards, Runnable onSaved) {
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(Audience::label);
        audience.setValue(Audience.ALL);
        perVisitCap.setValue(1);
        validTo.setHelperText("Leave empty for no end date");
        ward.setItems(wards.all());
        ward.setItemLabelGenerator(Ward::name);
        ward.setHelperText("Leave empty to show it across the City");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> {
            try {
                offers.save(new Offer(null, 0, null, title.getValue(), description.getValue(), credits.getValue(),
                        audience.getValue(), perVisitCap.getValue(), validFrom.getValue(), validTo.getValue(),
                        ward.getValue() == null ? null : ward.getValue().code(), true));
                FieldErrors.done("Offer published.");
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

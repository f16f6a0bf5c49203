package org.bridgework.activities.ui;

import org.bridgework.platform.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.reference.Ward;
import org.bridgework.reference.WardDirectory;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;

import java.util.Map;
import java.util.function.Consumer;

/** Someone new at the door: just enough to create their resident record; the rest can follow later. */
class WalkInDialog extends Dialog {

    final TextField given = new TextField(getTranslation("activities.walkIn.firstName"));
    final TextField family = new TextField(getTranslation("activities.walkIn.lastName"));
    final DatePicker dob = new DatePicker(getTranslation("activities.walkIn.dateOfBirth"));
    final ComboBox<Ward> ward = new ComboBox<>(getTranslation("activities.walkIn.wardTheyLiveIn"));
    final TextField borough = new TextField(getTranslation("activities.walkIn.orBoroughIfOutsideThe"));

    WalkInDialog(ResidentService residents, WardDirectory wards, Consumer<ResidentSummary> onCreated) {
        setHeaderTitle(getTranslation("activities.walkIn.newPerson"));
        ward.setItems(wards.all());
        ward.setItemLabelGenerator(Ward::name);
        var form = new FormLayout(given, family, dob, ward, borough);
        add(form);
        Map<String, HasValidation> fields = Map.of("legalGivenName", given, "legalFamilyName", family, "dateOfBirth", dob,
                "wardCode", ward, "borough", borough);
        var save = new Button(getTranslation("activities.walkIn.addToRegister"), e -> {
            var blank = ResidentForm.blank();
            try {
                var created = residents.create(new ResidentForm(null, 0, given.getValue(), family.getValue(), null, dob.getValue(),
                        null, null, null, null, blank.town(), null, ward.getValue() == null ? null : ward.getValue().code(),
                        borough.getValue(), null, blank.preferredLanguage(), false, null, null, null, null));
                onCreated.accept(created);
                close();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        getFooter().add(new Button(getTranslation("activities.walkIn.cancel"), e -> close()), save);
    }
}

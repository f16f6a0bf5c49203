package org.bridgework.residents.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.bridgework.platform.ui.LocalDatePickers;
import org.bridgework.reference.Ward;
import org.bridgework.residents.HouseholdRelationship;
import org.bridgework.residents.LondonBoroughs;
import org.bridgework.residents.ResidentForm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every field of a resident's record, and the mapping from the service's field keys to them for error messages. */
class ResidentFields extends FormLayout {

    static final String OUTSIDE_THE_CITY = "OUTSIDE";

    final TextField legalGivenName = new TextField(getTranslation("residents.fields.first-name"));
    final TextField legalFamilyName = new TextField(getTranslation("residents.fields.last-name"));
    final TextField preferredName = new TextField(getTranslation("residents.fields.preferred-name"));
    final DatePicker dateOfBirth = new DatePicker(getTranslation("residents.fields.date-of-birth"));
    final TextField phone = new TextField(getTranslation("residents.fields.phone"));
    final TextField email = new TextField(getTranslation("residents.fields.email"));
    final TextField addressLine1 = new TextField(getTranslation("residents.fields.address-line-1"));
    final TextField addressLine2 = new TextField(getTranslation("residents.fields.address-line-2"));
    final TextField town = new TextField(getTranslation("residents.fields.town"));
    final TextField postcode = new TextField(getTranslation("residents.fields.postcode"));
    final ComboBox<String> ward = new ComboBox<>(getTranslation("residents.fields.ward"));
    final ComboBox<String> borough = new ComboBox<>(getTranslation("residents.fields.borough"));
    final TextField lsoaCode = new TextField(getTranslation("residents.fields.lsoa-code"));
    final TextField preferredLanguage = new TextField(getTranslation("residents.fields.preferred-language"));
    final Checkbox interpreterNeeded = new Checkbox(getTranslation("residents.fields.interpreter-needed"));
    final TextArea accessibilityNeeds = new TextArea(getTranslation("residents.fields.accessibility-needs"));
    final TextArea notes = new TextArea(getTranslation("residents.fields.notes"));

    private final Map<String, HasValidation> byKey = new LinkedHashMap<>();
    private Long id;
    private long version;
    private Long householdId;
    private HouseholdRelationship householdRelationship;

    ResidentFields(List<Ward> wards) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
        legalGivenName.setHelperText(getTranslation("residents.fields.as-on-documents"));
        legalFamilyName.setHelperText(getTranslation("residents.fields.as-on-documents"));
        preferredName.setHelperText(getTranslation("residents.fields.preferred-name-help"));
        LocalDatePickers.localise(dateOfBirth);
        dateOfBirth.setMax(LocalDate.now(Dates.LONDON));
        dateOfBirth.setHelperText(getTranslation("residents.fields.date-of-birth-help"));
        phone.setHelperText(getTranslation("residents.fields.phone-help"));
        postcode.setHelperText(getTranslation("residents.fields.postcode-help"));
        var wardItems = new ArrayList<String>();
        wardItems.add(OUTSIDE_THE_CITY);
        wards.forEach(w -> wardItems.add(w.code()));
        ward.setItems(wardItems);
        ward.setItemLabelGenerator(code -> OUTSIDE_THE_CITY.equals(code) ? getTranslation("residents.outside-the-city")
                : wards.stream().filter(w -> w.code().equals(code)).map(Ward::name).findFirst().orElse(code));
        ward.setHelperText(getTranslation("residents.fields.ward-help"));
        borough.setItems(LondonBoroughs.ALL);
        borough.setHelperText(getTranslation("residents.fields.borough-help"));
        ward.addValueChangeListener(e -> borough.setVisible(OUTSIDE_THE_CITY.equals(e.getValue())));
        borough.setVisible(false);
        lsoaCode.setHelperText(getTranslation("residents.fields.lsoa-code-help"));
        accessibilityNeeds.setHelperText(getTranslation("residents.fields.accessibility-needs-help"));
        notes.setHelperText(getTranslation("residents.fields.notes-help"));
        add(legalGivenName, legalFamilyName, preferredName, dateOfBirth, phone, email, addressLine1, addressLine2,
                town, postcode, ward, borough, lsoaCode, preferredLanguage, interpreterNeeded);
        add(accessibilityNeeds, 2);
        add(notes, 2);
        byKey.put("legalGivenName", legalGivenName);
        byKey.put("legalFamilyName", legalFamilyName);
        byKey.put("preferredName", preferredName);
        byKey.put("dateOfBirth", dateOfBirth);
        byKey.put("phone", phone);
        byKey.put("email", email);
        byKey.put("addressLine1", addressLine1);
        byKey.put("addressLine2", addressLine2);
        byKey.put("town", town);
        byKey.put("postcode", postcode);
        byKey.put("wardCode", ward);
        byKey.put("borough", borough);
        byKey.put("lsoaCode", lsoaCode);
        byKey.put("preferredLanguage", preferredLanguage);
        byKey.put("accessibilityNeeds", accessibilityNeeds);
        byKey.put("notes", notes);
    }

    void read(ResidentForm f) {
        id = f.id();
        version = f.version();
        householdId = f.householdId();
        householdRelationship = f.householdRelationship();
        legalGivenName.setValue(text(f.legalGivenName()));
        legalFamilyName.setValue(text(f.legalFamilyName()));
        preferredName.setValue(text(f.preferredName()));
        dateOfBirth.setValue(f.dateOfBirth());
        phone.setValue(text(f.phone()));
        email.setValue(text(f.email()));
        addressLine1.setValue(text(f.addressLine1()));
        addressLine2.setValue(text(f.addressLine2()));
        town.setValue(text(f.town()));
        postcode.setValue(text(f.postcode()));
        ward.setValue(f.wardCode() != null ? f.wardCode() : f.id() == null ? null : OUTSIDE_THE_CITY);
        borough.setValue(f.wardCode() == null ? f.borough() : null);
        lsoaCode.setValue(text(f.lsoaCode()));
        preferredLanguage.setValue(text(f.preferredLanguage()));
        interpreterNeeded.setValue(f.interpreterNeeded());
        accessibilityNeeds.setValue(text(f.accessibilityNeeds()));
        notes.setValue(text(f.notes()));
    }

    ResidentForm write() {
        boolean outside = ward.getValue() == null || OUTSIDE_THE_CITY.equals(ward.getValue());
        return new ResidentForm(id, version, legalGivenName.getValue(), legalFamilyName.getValue(),
                preferredName.getValue(), dateOfBirth.getValue(), phone.getValue(), email.getValue(),
                addressLine1.getValue(), addressLine2.getValue(), town.getValue(), postcode.getValue(),
                outside ? null : ward.getValue(), outside ? borough.getValue() : null, lsoaCode.getValue(),
                preferredLanguage.getValue(), interpreterNeeded.getValue(), accessibilityNeeds.getValue(),
                householdId, householdRelationship, notes.getValue());
    }

    /** After a conflict, the next save is made against the version now saved, with what the officer typed. */
    void rebaseOn(long savedVersion) {
        this.version = savedVersion;
    }

    void clearErrors() {
        byKey.values().forEach(f -> f.setInvalid(false));
    }

    /** Shows each message beside its field; returns the messages that belong to no field. */
    List<String> showErrors(Map<String, String> errors) {
        var unplaced = new ArrayList<String>();
        errors.forEach((key, message) -> {
            var field = byKey.get(key);
            if (field == null) {
                unplaced.add(message);
            } else {
                if ("borough".equals(key) && ward.getValue() == null) {
                    ward.setErrorMessage(getTranslation("residents.fields.choose-ward-or-outside"));
                    ward.setInvalid(true);
                }
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        return unplaced;
    }

    HasValidation field(String key) {
        return byKey.get(key);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}

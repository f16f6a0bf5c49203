package org.bridgework.organisations.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.organisations.OrganisationType;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.FieldErrors;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.reference.Ward;
import org.bridgework.reference.WardDirectory;

import java.util.Map;

/** Adds an organisation to the directory, or edits one. */
class OrganisationEditorDialog extends Dialog {

    final TextField name = new TextField(getTranslation("organisations.editor.name"));
    final ComboBox<OrganisationType> type = new ComboBox<>(getTranslation("organisations.editor.type"));
    final TextField registrationNumber = new TextField(getTranslation("organisations.editor.registration-number"));
    final TextField orgIdentifier = new TextField(getTranslation("organisations.editor.org-identifier"));
    final TextField address = new TextField(getTranslation("organisations.editor.address"));
    final TextField postcode = new TextField(getTranslation("organisations.editor.postcode"));
    final ComboBox<Ward> ward = new ComboBox<>(getTranslation("organisations.editor.ward"));
    final TextField contactName = new TextField(getTranslation("organisations.editor.contact-name"));
    final EmailField contactEmail = new EmailField(getTranslation("organisations.editor.contact-email"));
    final TextField contactPhone = new TextField(getTranslation("organisations.editor.contact-phone"));
    final TextArea services = new TextArea(getTranslation("organisations.editor.services"));
    final Checkbox earnPartner = new Checkbox(getTranslation("organisations.editor.earn-partner"));
    final Checkbox spendPartner = new Checkbox(getTranslation("organisations.editor.spend-partner"));
    final Checkbox active = new Checkbox(getTranslation("organisations.editor.active"));
    final Button save;

    OrganisationEditorDialog(OrganisationService organisations, WardDirectory wards, OrganisationDetails existing,
                             Runnable onSaved) {
        setHeaderTitle(existing == null ? getTranslation("organisations.editor.add-heading")
                : getTranslation("organisations.editor.edit-heading", existing.name()));
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(t -> getTranslation("organisations.type." + t.name()));
        type.setRequired(true);
        name.setRequired(true);
        orgIdentifier.setHelperText(getTranslation("organisations.editor.org-identifier-help"));
        ward.setItems(wards.all());
        ward.setItemLabelGenerator(Ward::name);
        ward.setClearButtonVisible(true);
        services.setHelperText(getTranslation("organisations.editor.services-help"));
        services.setMaxLength(1000);
        active.setValue(true);
        if (existing != null) {
            name.setValue(existing.name());
            type.setValue(existing.type());
            registrationNumber.setValue(nz(existing.registrationNumber()));
            orgIdentifier.setValue(nz(existing.orgIdentifier()));
            address.setValue(nz(existing.address()));
            postcode.setValue(nz(existing.postcode()));
            if (existing.wardCode() != null) {
                wards.byCode(existing.wardCode()).ifPresent(ward::setValue);
            }
            contactName.setValue(nz(existing.contactName()));
            contactEmail.setValue(nz(existing.contactEmail()));
            contactPhone.setValue(nz(existing.contactPhone()));
            services.setValue(nz(existing.services()));
            earnPartner.setValue(existing.earnPartner());
            spendPartner.setValue(existing.spendPartner());
            active.setValue(existing.active());
        }
        var form = new FormLayout(name, type, registrationNumber, orgIdentifier, address, postcode, ward,
                contactName, contactEmail, contactPhone, services, earnPartner, spendPartner, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setColspan(services, 2);
        form.setColspan(address, 2);
        add(form);

        save = new Button(existing == null ? getTranslation("organisations.editor.add") : getTranslation("common.save"), e -> {
            fields().values().forEach(f -> f.setInvalid(false));
            try {
                organisations.save(new OrganisationDetails(existing == null ? null : existing.id(),
                        existing == null ? 0 : existing.version(), name.getValue(), type.getValue(),
                        registrationNumber.getValue(), orgIdentifier.getValue(), address.getValue(), postcode.getValue(),
                        ward.getValue() == null ? null : ward.getValue().code(), contactName.getValue(),
                        contactEmail.getValue(), contactPhone.getValue(), services.getValue(), earnPartner.getValue(),
                        spendPartner.getValue(), active.getValue()));
                Notification.show(getTranslation("common.saved"));
                onSaved.run();
                close();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, fields());
            } catch (ConcurrentEditException stale) {
                Notification.show(stale.getMessage(), 8000, Notification.Position.MIDDLE);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "type", type, "registrationNumber", registrationNumber, "orgIdentifier", orgIdentifier,
                "address", address, "postcode", postcode, "wardCode", ward, "contactName", contactName,
                "contactEmail", contactEmail, "contactPhone", contactPhone);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

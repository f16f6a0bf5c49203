package org.bridgework.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.FieldErrors;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.NewUser;
import org.bridgework.security.Role;
import org.bridgework.security.UserAccountService;
import org.bridgework.security.UserSummary;

import java.util.Map;

/** Creates a user, or changes an existing user's role and the organisation or resident it is bound to. */
class UserEditorDialog extends Dialog {

    final TextField username = new TextField(getTranslation("security.user-editor.username"));
    final TextField displayName = new TextField(getTranslation("security.user-editor.full-name"));
    final PasswordField password = new PasswordField(getTranslation("security.user-editor.first-password"));
    final ComboBox<Role> role = new ComboBox<>(getTranslation("security.user-editor.role"));
    final ComboBox<OrganisationDetails> organisation = new ComboBox<>(getTranslation("security.user-editor.organisation"));
    final IntegerField residentId = new IntegerField(getTranslation("security.user-editor.resident"));

    UserEditorDialog(UserAccountService users, OrganisationService organisations, UserSummary existing, Runnable onSaved) {
        setHeaderTitle(existing == null ? getTranslation("security.user-editor.add-heading")
                : getTranslation("security.user-editor.change-heading", existing.displayName()));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("security.role." + r.name()));
        role.setRequired(true);
        organisation.setItems(q -> organisations.directory(q.getFilter().orElse(""), null, null, q.getOffset(), q.getLimit()).stream());
        organisation.setItemLabelGenerator(OrganisationDetails::name);
        organisation.setHelperText(getTranslation("security.user-editor.organisation-help"));
        residentId.setHelperText(getTranslation("security.user-editor.resident-help"));
        password.setHelperText(getTranslation("security.user-editor.first-password-help"));
        role.addValueChangeListener(e -> {
            organisation.setVisible(e.getValue() == Role.PARTNER);
            residentId.setVisible(e.getValue() == Role.VOLUNTEER);
        });
        organisation.setVisible(false);
        residentId.setVisible(false);

        var form = new FormLayout();
        if (existing == null) {
            form.add(displayName, username, password);
        }
        form.add(role, organisation, residentId);
        if (existing != null) {
            role.setValue(existing.role());
            if (existing.organisationId() != null) {
                organisations.find(existing.organisationId()).ifPresent(organisation::setValue);
            }
            if (existing.residentId() != null) {
                residentId.setValue(existing.residentId().intValue());
            }
        }
        add(form);

        var save = new Button(existing == null ? getTranslation("security.user-editor.add") : getTranslation("common.save"), e -> {
            FieldErrors.clear(fields());
            Long org = organisation.getValue() == null ? null : organisation.getValue().id();
            Long resident = residentId.getValue() == null ? null : residentId.getValue().longValue();
            try {
                if (existing == null) {
                    users.create(new NewUser(username.getValue(), displayName.getValue(), password.getValue(),
                            role.getValue(), org, resident));
                } else {
                    users.changeRole(existing.id(), role.getValue(), org, resident);
                }
                Notification.show(getTranslation("common.saved"));
                onSaved.run();
                close();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, fields());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("username", username, "displayName", displayName, "password", password, "role", role,
                "organisation", organisation, "resident", residentId);
    }
}

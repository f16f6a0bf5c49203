package org.bridgework.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.UserAccountService;
import org.bridgework.security.UserSummary;

class ResetPasswordDialog extends Dialog {

    ResetPasswordDialog(UserAccountService users, UserSummary user) {
        setHeaderTitle(getTranslation("security.reset-password.heading", user.displayName()));
        var password = new PasswordField(getTranslation("security.reset-password.new-password"));
        password.setHelperText(getTranslation("security.reset-password.new-password-help"));
        password.setWidthFull();
        add(password);
        var save = new Button(getTranslation("security.reset-password.save"), e -> {
            try {
                users.resetPassword(user.id(), password.getValue());
                Notification.show(getTranslation("security.reset-password.done", user.displayName()));
                close();
            } catch (InvalidInputException invalid) {
                password.setErrorMessage(invalid.getMessage());
                password.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}

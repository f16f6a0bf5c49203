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
        setHeaderTitle("Reset password for " + user.displayName());
        var password = new PasswordField("New password");
        password.setHelperText("At least 12 characters. Tell the person in person or by phone, never by email.");
        password.setWidthFull();
        add(password);
        var save = new Button("Reset password", e -> {
            try {
                users.resetPassword(user.id(), password.getValue());
                Notification.show("Password reset for " + user.displayName() + ".");
                close();
            } catch (InvalidInputException invalid) {
                password.setErrorMessage(invalid.getMessage());
                password.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}

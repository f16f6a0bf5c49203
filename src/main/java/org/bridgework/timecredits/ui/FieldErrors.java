package org.bridgework.timecredits.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.bridgework.platform.InvalidInputException;

import java.util.Map;

/** Shows each refused field's message beside the field; messages with no field go to a notification. */
final class FieldErrors {

    private FieldErrors() {
    }

    static void show(InvalidInputException e, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        e.fieldErrors().forEach((field, message) -> {
            var f = fields.get(field);
            if (f != null) {
                f.setErrorMessage(message);
                f.setInvalid(true);
            } else {
                error(message);
            }
        });
    }

    static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void done(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}

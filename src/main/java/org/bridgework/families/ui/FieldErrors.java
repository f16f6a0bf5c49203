package org.bridgework.families.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.bridgework.platform.InvalidInputException;

import java.util.Map;

/** Shows each refused field's message beside the field; a message for no field on the form becomes a notification. */
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
                Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
    }

    static void notify(InvalidInputException e) {
        show(e, Map.of());
    }
}

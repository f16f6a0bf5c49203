package org.bridgework.activities.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import org.bridgework.platform.InvalidInputException;

import java.util.Map;

/** Puts each of a service's messages beside its field; messages without a field become a notification. */
final class Forms {

    private Forms() {
    }

    static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    static void show(Map<String, ? extends HasValidation> fields, InvalidInputException e) {
        clear(fields);
        e.fieldErrors().forEach((field, message) -> {
            var f = fields.get(field);
            if (f != null) {
                f.setErrorMessage(message);
                f.setInvalid(true);
            } else {
                Notification.show(message);
            }
        });
    }
}

package org.bridgework.platform;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import java.util.Map;

/**
 * The one way a form shows a service's refusal: each message beside its field, and any message that
 * belongs to no field of the form in a notification. Every form in every feature uses it.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    public static void show(InvalidInputException e, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        e.messages().forEach((field, keyed) -> {
            String message = text(keyed);
            var f = fields.get(field);
            if (f != null) {
                f.setErrorMessage(message);
                f.setInvalid(true);
            } else {
                error(message);
            }
        });
    }

    /** The message in the reader's language; outside a UI (a job, a test without one) in English. */
    public static String text(InvalidInputException.Message message) {
        var ui = UI.getCurrent();
        return ui == null ? message.english() : message.text(ui::getTranslation);
    }

    /** Every message of the refusal in the reader's language, for a form that shows them together. */
    public static String text(InvalidInputException e) {
        return String.join(" ", e.messages().values().stream().map(FieldErrors::text).toList());
    }

    public static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void done(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}

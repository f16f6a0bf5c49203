package org.bridgework.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.bridgework.platform.ErrorReference;
import org.bridgework.platform.InvalidInputException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/** Turns failures during a click or a save into a message a person can act on, never a stack trace. */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = rootOf(error.getThrowable());
            // the reference is logged at once, even if no page is left to show the message on
            String reference = cause instanceof AccessDeniedException || cause instanceof InvalidInputException
                    || isDatabaseUnavailable(error.getThrowable()) ? null : ErrorReference.log(error.getThrowable());
            var ui = error.getComponent().flatMap(c -> c.getUI());
            ui.ifPresent(u -> u.access(() -> {
                var n = Notification.show(message(u, cause, error.getThrowable(), reference), 8000,
                        Notification.Position.MIDDLE);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }));
        }));
    }

    private static String message(UI ui, Throwable cause, Throwable thrown, String reference) {
        if (cause instanceof AccessDeniedException) {
            return ui.getTranslation("platform.errors.not-permitted");
        } else if (cause instanceof InvalidInputException invalid) {
            return invalid.getMessage();
        } else if (isDatabaseUnavailable(thrown)) {
            return ui.getTranslation("platform.errors.database-unavailable");
        }
        return ui.getTranslation("platform.errors.unexpected", reference);
    }

    private static boolean isDatabaseUnavailable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CannotCreateTransactionException || c instanceof DataAccessResourceFailureException
                    || c instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootOf(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof AccessDeniedException || c instanceof InvalidInputException) {
                return c;
            }
        }
        return t;
    }
}

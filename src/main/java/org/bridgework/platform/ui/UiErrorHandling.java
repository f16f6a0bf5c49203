package org.bridgework.platform.ui;

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
            String message;
            if (cause instanceof AccessDeniedException) {
                message = "You do not have permission to do that.";
            } else if (cause instanceof InvalidInputException invalid) {
                message = invalid.getMessage();
            } else if (isDatabaseUnavailable(error.getThrowable())) {
                message = "The database is not answering just now. Nothing was saved. Please try again in a minute.";
            } else {
                message = "Something went wrong and nothing was saved. Please try again. If it keeps happening, "
                        + "tell support this reference: " + ErrorReference.log(error.getThrowable());
            }
            var ui = error.getComponent().flatMap(c -> c.getUI());
            ui.ifPresent(u -> u.access(() -> {
                var n = Notification.show(message, 8000, Notification.Position.MIDDLE);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }));
        }));
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

package org.bridgework.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.bridgework.platform.ErrorReference;
import org.bridgework.platform.InvalidInputException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Turns failures during a click or a save into a message a person can act on, never a stack trace. */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    static final String NOT_ALLOWED = "platform.error.not-allowed";
    static final String DATABASE_UNAVAILABLE = "platform.error.database-unavailable";
    static final String UNEXPECTED = "platform.error.unexpected";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UiErrorHandling::show));
    }

    static void show(ErrorEvent error) {
        var ui = error.getComponent().flatMap(c -> c.getUI()).or(() -> java.util.Optional.ofNullable(UI.getCurrent()));
        ui.ifPresent(u -> u.access(() -> {
            var n = Notification.show(message(u, error.getThrowable()), 8000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }));
    }

    static String message(UI ui, Throwable thrown) {
        Throwable cause = rootOf(thrown);
        if (cause instanceof AccessDeniedException) {
            return ui.getTranslation(NOT_ALLOWED);
        } else if (cause instanceof InvalidInputException invalid) {
            return String.join(" ", invalid.messages().values().stream().map(m -> m.text(ui::getTranslation)).toList());
        } else if (isDatabaseUnavailable(thrown)) {
            return ui.getTranslation(DATABASE_UNAVAILABLE);
        }
        return ui.getTranslation(UNEXPECTED, ErrorReference.log(thrown));
    }

    /**
     * Spring's wrappers (no connection for a transaction, CannotGetJdbcConnectionException, a resource failure
     * mid-query) and the JDBC driver's own connection errors, wherever they sit in the cause chain.
     */
    static boolean isDatabaseUnavailable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CannotCreateTransactionException || c instanceof DataAccessResourceFailureException
                    || c instanceof TransientDataAccessResourceException
                    || c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException
                    || c instanceof ConnectException) {
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

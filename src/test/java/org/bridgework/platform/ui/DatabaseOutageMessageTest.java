package org.bridgework.platform.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.bridgework.UiTest;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.platform.MessageBundles;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** While the database restarts, a click ends in one plain-English sentence, never a stack trace or a reference number. */
class DatabaseOutageMessageTest extends UiTest {

    private static final String OUTAGE = "The database is not answering just now. Please try again in a minute.";

    @Test
    void theSessionErrorHandlerShowsTheOutageMessageWhenNoConnectionCanBeHad() {
        signInAs(Role.OFFICER);
        navigate("");
        NotificationsKt.clearNotifications();
        var poolTimedOut = new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                new SQLTransientConnectionException("bridgework - Connection is not available, request timed out after 5000ms."));
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(poolTimedOut));
        MockVaadin.clientRoundtrip(false);
        NotificationsKt.expectNotifications(OUTAGE);
    }

    @Test
    void everyShapeOfLostConnectionMapsToTheSameMessage() {
        signInAs(Role.OFFICER);
        UI ui = UI.getCurrent();
        var refused = new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:3306", "08000",
                new ConnectException("Connection refused"));
        for (Throwable thrown : List.of(
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", refused),
                new DataAccessResourceFailureException("Unable to acquire JDBC Connection", refused),
                new IllegalStateException("wrapped by a view", new RuntimeException(refused)),
                new SQLTransientConnectionException("pool timed out"))) {
            assertThat(UiErrorHandling.message(ui, thrown)).as(thrown.toString()).isEqualTo(OUTAGE);
        }
    }

    @Test
    void otherFailuresKeepTheirOwnMessages() {
        signInAs(Role.OFFICER);
        UI ui = UI.getCurrent();
        assertThat(UiErrorHandling.message(ui, new RuntimeException(new AccessDeniedException("no"))))
                .isEqualTo("You do not have permission to do that.");
        String unexpected = UiErrorHandling.message(ui, new IllegalStateException("a bug"));
        assertThat(unexpected).startsWith("Something went wrong and nothing was saved.")
                .doesNotContain("IllegalStateException").doesNotContain("!platform").doesNotContain(OUTAGE);
        assertThat(UiErrorHandling.isDatabaseUnavailable(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void aBengaliReaderGetsTheOutageAndAKeyedRefusalInBengali() {
        signInAs(Role.VOLUNTEER);
        UI ui = UI.getCurrent();
        ui.setLocale(MessageBundles.BENGALI);
        assertThat(UiErrorHandling.message(ui, new SQLTransientConnectionException("pool timed out")))
                .isEqualTo("ডেটাবেস এই মুহূর্তে সাড়া দিচ্ছে না। এক মিনিট পরে আবার চেষ্টা করুন।");
        var keyed = InvalidInputException.keyed("language", "security.error.language-not-offered");
        assertThat(keyed.getMessage()).as("logs keep English").isEqualTo("Choose one of the languages offered.");
        assertThat(UiErrorHandling.message(ui, new RuntimeException(keyed))).isEqualTo("দেওয়া ভাষাগুলোর একটি বেছে নিন।");
        assertThat(UiErrorHandling.message(ui, InvalidInputException.of("name", "Staff-only text")))
                .as("text not yet in the bundles stays as written").isEqualTo("Staff-only text");
    }
}

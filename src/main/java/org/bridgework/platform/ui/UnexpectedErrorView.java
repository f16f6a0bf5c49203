package org.bridgework.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.bridgework.platform.ErrorReference;

/** Shown when opening a page fails. The reference lets support find the same error in the log. */
@PageTitle("Something went wrong | Bridgework")
@AnonymousAllowed
class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorReference.log(parameter.getCaughtException());
        removeAll();
        add(new H1("Something went wrong"),
                new Paragraph("Sorry, this page could not be opened. Nothing you saved earlier has been lost. "
                        + "Try again in a moment. If it keeps happening, tell support this reference: " + reference),
                new Anchor("", "Go to your home page"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}

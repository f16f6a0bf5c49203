package org.bridgework.consent.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.bridgework.consent.ConsentDetails;
import org.bridgework.consent.ConsentService;
import org.bridgework.organisations.OrganisationService;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A resident's consents, withdrawn ones kept in view so the history is plain. */
class ConsentPanel extends VerticalLayout {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final ConsentService consents;
    private final long residentId;
    final Grid<ConsentDetails> grid = new Grid<>();
    final Button recordButton;

    ConsentPanel(ConsentService consents, OrganisationService organisations, long residentId) {
        this.consents = consents;
        this.residentId = residentId;
        setPadding(false);
        recordButton = new Button("Record a consent",
                e -> new RecordConsentDialog(consents, organisations, residentId, this::refresh).open());
        recordButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(c -> c.purpose().label() + (c.organisationName() == null ? "" : ": " + c.organisationName()))
                .setHeader("What for").setFlexGrow(2);
        grid.addColumn(c -> c.lawfulBasis().label()).setHeader("Lawful basis").setAutoWidth(true);
        grid.addColumn(c -> DATE.format(c.givenOn()) + ", " + c.recordedHow().label().toLowerCase())
                .setHeader("Given").setAutoWidth(true);
        grid.addColumn(c -> c.active() ? "Active"
                        : "Withdrawn " + DATE.format(c.withdrawnOn()) + " (" + c.withdrawnHow().label().toLowerCase() + ")")
                .setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::withdrawButton).setHeader("Actions").setAutoWidth(true);
        grid.setAriaLabel("Consents");
        grid.setAllRowsVisible(true);
        add(new Paragraph("A withdrawal is recorded beside the consent; nothing is deleted."), recordButton, grid);
        refresh();
    }

    private com.vaadin.flow.component.Component withdrawButton(ConsentDetails c) {
        if (!c.active()) {
            return new com.vaadin.flow.component.html.Span();
        }
        var b = new Button("Withdraw", e -> new WithdrawConsentDialog(consents, c, this::refresh).open());
        b.setAriaLabel("Record withdrawal of " + c.purpose().label());
        return b;
    }

    void refresh() {
        grid.setItems(consents.forResident(residentId));
    }
}

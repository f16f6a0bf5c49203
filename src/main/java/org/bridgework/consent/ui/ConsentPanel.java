package org.bridgework.consent.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.bridgework.consent.ConsentDetails;
import org.bridgework.consent.ConsentService;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.ui.LocalFormats;


/** A resident's consents, withdrawn ones kept in view so the history is plain. */
class ConsentPanel extends VerticalLayout {

    private final ConsentService consents;
    private final long residentId;
    final Grid<ConsentDetails> grid = new Grid<>();
    final Button recordButton;

    ConsentPanel(ConsentService consents, OrganisationService organisations, long residentId) {
        this.consents = consents;
        this.residentId = residentId;
        setPadding(false);
        recordButton = new Button(getTranslation("consent.panel.record"),
                e -> new RecordConsentDialog(consents, organisations, residentId, this::refresh).open());
        recordButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(c -> c.organisationName() == null ? ConsentTexts.purpose(this, c.purpose())
                        : getTranslation("consent.panel.purpose-with-partner", ConsentTexts.purpose(this, c.purpose()),
                        c.organisationName()))
                .setHeader(getTranslation("consent.panel.what-for")).setFlexGrow(2);
        grid.addColumn(c -> ConsentTexts.lawfulBasis(this, c.lawfulBasis()))
                .setHeader(getTranslation("consent.panel.lawful-basis")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("consent.panel.given-on", LocalFormats.date(c.givenOn(), getLocale()),
                        ConsentTexts.how(this, c.recordedHow()).toLowerCase(getLocale())))
                .setHeader(getTranslation("consent.panel.given")).setAutoWidth(true);
        grid.addColumn(c -> c.active() ? getTranslation("consent.panel.active")
                        : getTranslation("consent.panel.withdrawn-on", LocalFormats.date(c.withdrawnOn(), getLocale()),
                        ConsentTexts.how(this, c.withdrawnHow()).toLowerCase(getLocale())))
                .setHeader(getTranslation("consent.panel.status")).setAutoWidth(true);
        grid.addComponentColumn(this::withdrawButton).setHeader(getTranslation("consent.panel.actions")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("consent.panel.grid"));
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("consent.panel.explanation")), recordButton, grid);
        refresh();
    }

    private com.vaadin.flow.component.Component withdrawButton(ConsentDetails c) {
        if (!c.active()) {
            return new com.vaadin.flow.component.html.Span();
        }
        var b = new Button(getTranslation("consent.panel.withdraw"), e -> new WithdrawConsentDialog(consents, c, this::refresh).open());
        b.setAriaLabel(getTranslation("consent.panel.withdraw-aria", ConsentTexts.purpose(this, c.purpose())));
        return b;
    }

    void refresh() {
        grid.setItems(consents.forResident(residentId));
    }
}

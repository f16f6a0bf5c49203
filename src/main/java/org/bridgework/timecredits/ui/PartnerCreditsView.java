package org.bridgework.timecredits.ui;

import org.bridgework.platform.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.reference.WardDirectory;
import org.bridgework.security.Access;
import org.bridgework.security.CurrentUser;
import org.bridgework.timecredits.CreditReportService;
import org.bridgework.timecredits.HoursService;
import org.bridgework.timecredits.Offer;
import org.bridgework.timecredits.OfferService;
import org.bridgework.timecredits.RedemptionLine;
import org.bridgework.timecredits.RedemptionRequest;
import org.bridgework.timecredits.RedemptionService;
import org.bridgework.timecredits.ReportRow;
import org.bridgework.timecredits.SettlementLine;

import java.util.Map;
import java.util.UUID;

/**
 * A partner's Time Credits: an earn partner logs and approves its volunteers' hours; a spend partner
 * takes credits for its offers and sees what it is owed. Every list is limited to the partner in the service.
 */
@Route("partner/credits")
@PageTitle("Time Credits | Bridgework")
@Menu(order = 32, icon = "vaadin:coin-piles", title = "Time Credits")
@RolesAllowed(Access.PARTNER)
class PartnerCreditsView extends VerticalLayout {

    final HoursGrid hoursGrid = new HoursGrid(true);
    final Grid<Offer> offers = new Grid<>();
    final Grid<RedemptionLine> redemptionsGrid = new Grid<>();

    PartnerCreditsView(CurrentUser currentUser, OrganisationService organisations, HoursService hours,
                       OfferService offerService, RedemptionService redemptions, CreditReportService reports,
                       WardDirectory wards) {
        var org = currentUser.require().organisationId().flatMap(organisations::find).orElseThrow();
        add(new H1("Time Credits at " + org.name()));
        if (!org.earnPartner() && !org.spendPartner()) {
            add(new Paragraph("Your organisation is not a Time Credits partner yet. Ask the Community Engagement Team to join."));
        }
        if (org.earnPartner()) {
            hoursGrid.setItems(q -> hours.hours(null, q.getOffset(), q.getLimit()).stream());
            hoursGrid.setAriaLabel("Hours volunteered with us");
            var pending = new PendingClaims(hours, hoursGrid.getDataProvider()::refreshAll);
            add(new H2("Log volunteering hours"), new LogHoursForm(hours, organisations, false, () -> {
                hoursGrid.getDataProvider().refreshAll();
            }));
            add(new H2("Claims waiting for approval"), pending, new H2("Hours volunteered with us"), hoursGrid);
            add(new H2("Credits we issued, by month"), monthly(reports));
        }
        if (org.spendPartner()) {
            add(new H2("Take credits"), redeemForm(offerService, redemptions));
            offers.addColumn(Offer::title).setHeader("Offer").setFlexGrow(1);
            offers.addColumn(Offer::creditsNeeded).setHeader("Credits").setAutoWidth(true);
            offers.addColumn(o -> o.audience().label()).setHeader("For").setAutoWidth(true);
            offers.addColumn(o -> o.validTo() == null ? "No end date" : "Until " + o.validTo()).setHeader("Valid").setAutoWidth(true);
            offers.addColumn(o -> o.active() ? "Open" : "Closed").setHeader("Status").setAutoWidth(true);
            offers.setItems(q -> offerService.offers(q.getOffset(), q.getLimit()).stream());
            offers.setAriaLabel("Our offers");
            offers.setHeight("16rem");
            add(new H2("Our offers"), offers, new OfferForm(offerService, wards, offers.getDataProvider()::refreshAll));
            redemptionsGrid.addColumn(r -> StatementGrid.WHEN.format(r.occurredAt())).setHeader("Date").setAutoWidth(true);
            redemptionsGrid.addColumn(RedemptionLine::description).setHeader("Offer").setFlexGrow(1);
            redemptionsGrid.addColumn(RedemptionLine::credits).setHeader("Credits").setAutoWidth(true);
            redemptionsGrid.addColumn(RedemptionLine::membershipNumber).setHeader("Card").setAutoWidth(true);
            redemptionsGrid.addColumn(r -> r.reversed() ? "Reversed" : "").setHeader("").setAutoWidth(true);
            redemptionsGrid.setItems(q -> reports.myRedemptions(q.getOffset(), q.getLimit()).stream());
            redemptionsGrid.setAriaLabel("Credits taken");
            redemptionsGrid.setHeight("16rem");
            var settlement = new Grid<SettlementLine>();
            settlement.addColumn(SettlementLine::month).setHeader("Month");
            settlement.addColumn(SettlementLine::redemptions).setHeader("Visits");
            settlement.addColumn(SettlementLine::credits).setHeader("Credits taken");
            settlement.setItems(reports.mySettlement());
            settlement.setAllRowsVisible(true);
            settlement.setAriaLabel("Monthly settlement");
            add(new H2("Credits taken"), redemptionsGrid, new H2("Monthly settlement statement"), settlement);
        }
    }

    private Grid<ReportRow> monthly(CreditReportService reports) {
        var grid = new Grid<ReportRow>();
        grid.addColumn(ReportRow::month).setHeader("Month");
        grid.addColumn(r -> HoursGrid.duration((int) r.minutesVolunteered())).setHeader("Hours volunteered");
        grid.addColumn(ReportRow::issued).setHeader("Credits issued");
        grid.setItems(reports.byPartnerAndMonth());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAriaLabel("Credits issued by month");
        return grid;
    }

    private FormLayout redeemForm(OfferService offerService, RedemptionService redemptions) {
        var card = new TextField("Member's card number or QR code");
        card.setHelperText("Type the number on the card, or scan its code into this box");
        var offer = new ComboBox<Offer>("Offer");
        offer.setItems(q -> offerService.offers(q.getOffset(), q.getLimit()).stream().filter(Offer::active));
        offer.setItemLabelGenerator(o -> o.title() + " (" + o.creditsNeeded() + " credits)");
        var quantity = new IntegerField("How many");
        quantity.setValue(1);
        String[] attempt = {UUID.randomUUID().toString()};
        card.addValueChangeListener(e -> attempt[0] = UUID.randomUUID().toString());
        var take = new Button("Take credits", e -> {
            if (offer.getValue() == null) {
                offer.setErrorMessage("Choose the offer.");
                offer.setInvalid(true);
                return;
            }
            try {
                var receipt = redemptions.redeem(new RedemptionRequest(card.getValue(), offer.getValue().id(),
                        quantity.getValue() == null ? 0 : quantity.getValue(), attempt[0]));
                attempt[0] = UUID.randomUUID().toString();
                FieldErrors.done(receipt.creditsSpent() + " credits taken for " + receipt.offerTitle()
                        + ". The member has " + receipt.balanceAfter() + " left.");
                card.clear();
                redemptionsGrid.getDataProvider().refreshAll();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("membershipNumber", card, "offer", offer, "quantity", quantity, "balance", card));
            }
        });
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(card, offer, quantity, take);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        return form;
    }
}

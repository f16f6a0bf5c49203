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
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(order = 32, icon = "vaadin:coin-piles", title = "timecredits.menu.timeCredits")
@RolesAllowed(Access.PARTNER)
class PartnerCreditsView extends VerticalLayout implements HasDynamicTitle {

    final HoursGrid hoursGrid = new HoursGrid(true);
    final Grid<Offer> offers = new Grid<>();
    final Grid<RedemptionLine> redemptionsGrid = new Grid<>();

    PartnerCreditsView(CurrentUser currentUser, OrganisationService organisations, HoursService hours,
                       OfferService offerService, RedemptionService redemptions, CreditReportService reports,
                       WardDirectory wards) {
        var org = currentUser.require().organisationId().flatMap(organisations::find).orElseThrow();
        add(new H1(getTranslation("timecredits.partnerCredits.heading", org.name())));
        if (!org.earnPartner() && !org.spendPartner()) {
            add(new Paragraph(getTranslation("timecredits.partnerCredits.yourOrganisationIsNotA")));
        }
        if (org.earnPartner()) {
            hoursGrid.setItems(q -> hours.hours(null, q.getOffset(), q.getLimit()).stream());
            hoursGrid.setAriaLabel(getTranslation("timecredits.partnerCredits.hoursVolunteeredWithUs"));
            var pending = new PendingClaims(hours, hoursGrid.getDataProvider()::refreshAll);
            add(new H2(getTranslation("timecredits.partnerCredits.logVolunteeringHours")), new LogHoursForm(hours, organisations, false, () -> {
                hoursGrid.getDataProvider().refreshAll();
            }));
            add(new H2(getTranslation("timecredits.partnerCredits.claimsWaitingForApproval")), pending, new H2(getTranslation("timecredits.partnerCredits.hoursVolunteeredWithUs")), hoursGrid);
            add(new H2(getTranslation("timecredits.partnerCredits.creditsWeIssuedByMonth")), monthly(reports));
        }
        if (org.spendPartner()) {
            add(new H2(getTranslation("timecredits.partnerCredits.takeCredits")), redeemForm(offerService, redemptions));
            offers.addColumn(Offer::title).setHeader(getTranslation("timecredits.partnerCredits.offer")).setFlexGrow(1);
            offers.addColumn(Offer::creditsNeeded).setHeader(getTranslation("timecredits.partnerCredits.credits")).setAutoWidth(true);
            offers.addColumn(o -> Texts.label(o.audience())).setHeader(getTranslation("timecredits.partnerCredits.for")).setAutoWidth(true);
            offers.addColumn(o -> o.validTo() == null ? getTranslation("timecredits.partnerCredits.noEndDate") : getTranslation("timecredits.partnerCredits.until", Texts.date(o.validTo()))).setHeader(getTranslation("timecredits.partnerCredits.valid")).setAutoWidth(true);
            offers.addColumn(o -> o.active() ? getTranslation("timecredits.partnerCredits.open") : getTranslation("timecredits.partnerCredits.closed")).setHeader(getTranslation("timecredits.partnerCredits.status")).setAutoWidth(true);
            offers.setItems(q -> offerService.offers(q.getOffset(), q.getLimit()).stream());
            offers.setAriaLabel(getTranslation("timecredits.partnerCredits.ourOffers"));
            offers.setHeight("16rem");
            add(new H2(getTranslation("timecredits.partnerCredits.ourOffers")), offers, new OfferForm(offerService, wards, offers.getDataProvider()::refreshAll));
            redemptionsGrid.addColumn(r -> Texts.dateTime(r.occurredAt())).setHeader(getTranslation("timecredits.partnerCredits.date")).setAutoWidth(true);
            redemptionsGrid.addColumn(RedemptionLine::description).setHeader(getTranslation("timecredits.partnerCredits.offer")).setFlexGrow(1);
            redemptionsGrid.addColumn(RedemptionLine::credits).setHeader(getTranslation("timecredits.partnerCredits.credits")).setAutoWidth(true);
            redemptionsGrid.addColumn(RedemptionLine::membershipNumber).setHeader(getTranslation("timecredits.partnerCredits.card")).setAutoWidth(true);
            redemptionsGrid.addColumn(r -> r.reversed() ? getTranslation("timecredits.partnerCredits.reversed") : "").setHeader("").setAutoWidth(true);
            redemptionsGrid.setItems(q -> reports.myRedemptions(q.getOffset(), q.getLimit()).stream());
            redemptionsGrid.setAriaLabel(getTranslation("timecredits.partnerCredits.creditsTaken"));
            redemptionsGrid.setHeight("16rem");
            var settlement = new Grid<SettlementLine>();
            settlement.addColumn(SettlementLine::month).setHeader(getTranslation("timecredits.partnerCredits.month"));
            settlement.addColumn(SettlementLine::redemptions).setHeader(getTranslation("timecredits.partnerCredits.visits"));
            settlement.addColumn(SettlementLine::credits).setHeader(getTranslation("timecredits.partnerCredits.creditsTaken"));
            settlement.setItems(reports.mySettlement());
            settlement.setAllRowsVisible(true);
            settlement.setAriaLabel(getTranslation("timecredits.partnerCredits.monthlySettlement"));
            add(new H2(getTranslation("timecredits.partnerCredits.creditsTaken")), redemptionsGrid, new H2(getTranslation("timecredits.partnerCredits.monthlySettlementStatement")), settlement);
        }
    }

    private Grid<ReportRow> monthly(CreditReportService reports) {
        var grid = new Grid<ReportRow>();
        grid.addColumn(ReportRow::month).setHeader(getTranslation("timecredits.partnerCredits.month"));
        grid.addColumn(r -> HoursGrid.duration((int) r.minutesVolunteered())).setHeader(getTranslation("timecredits.partnerCredits.hoursVolunteered"));
        grid.addColumn(ReportRow::issued).setHeader(getTranslation("timecredits.partnerCredits.creditsIssued"));
        grid.setItems(reports.byPartnerAndMonth());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("timecredits.partnerCredits.creditsIssuedByMonth"));
        return grid;
    }

    private FormLayout redeemForm(OfferService offerService, RedemptionService redemptions) {
        var card = new TextField(getTranslation("timecredits.partnerCredits.membersCardNumberOrQr"));
        card.setHelperText(getTranslation("timecredits.partnerCredits.typeTheNumberOnThe"));
        var offer = new ComboBox<Offer>(getTranslation("timecredits.partnerCredits.offer"));
        offer.setItems(q -> offerService.offers(q.getOffset(), q.getLimit()).stream().filter(Offer::active));
        offer.setItemLabelGenerator(o -> getTranslation("timecredits.partnerCredits.offerItem", o.title(), o.creditsNeeded()));
        var quantity = new IntegerField(getTranslation("timecredits.partnerCredits.howMany"));
        quantity.setValue(1);
        String[] attempt = {UUID.randomUUID().toString()};
        card.addValueChangeListener(e -> attempt[0] = UUID.randomUUID().toString());
        var take = new Button(getTranslation("timecredits.partnerCredits.takeCredits"), e -> {
            if (offer.getValue() == null) {
                offer.setErrorMessage(getTranslation("timecredits.partnerCredits.chooseTheOffer"));
                offer.setInvalid(true);
                return;
            }
            try {
                var receipt = redemptions.redeem(new RedemptionRequest(card.getValue(), offer.getValue().id(),
                        quantity.getValue() == null ? 0 : quantity.getValue(), attempt[0]));
                attempt[0] = UUID.randomUUID().toString();
                FieldErrors.done(getTranslation("timecredits.partnerCredits.taken", receipt.creditsSpent(),
                        receipt.offerTitle(), receipt.balanceAfter()));
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

    @Override
    public String getPageTitle() {
        return getTranslation("timecredits.partnerCredits.pageTitle");
    }
}

package org.bridgework.timecredits.ui;

import org.bridgework.platform.FieldErrors;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Access;
import org.bridgework.timecredits.GiftService;
import org.bridgework.timecredits.HoursForm;
import org.bridgework.timecredits.HoursService;
import org.bridgework.timecredits.MyCreditsService;
import org.bridgework.timecredits.Offer;
import org.bridgework.timecredits.RedemptionRequest;
import org.bridgework.timecredits.RedemptionService;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A volunteer's own Time Credits, laid out in one column for a phone. Nothing here names an account:
 * every service call works on the signed-in volunteer's own.
 */
@Route("my-credits")
@PageTitle("My Time Credits | Bridgework")
@Menu(order = 30, icon = "vaadin:coin-piles", title = "My Time Credits")
@RolesAllowed(Access.VOLUNTEER)
class MyCreditsView extends VerticalLayout {

    private final MyCreditsService mine;
    private final HoursService hours;
    private final RedemptionService redemptions;
    private final GiftService gifts;
    private final OrganisationService organisations;
    final Span balance = new Span();
    final Span carried = new Span();
    final StatementGrid statement = new StatementGrid();
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Grid<Offer> offers = new Grid<>();
    final HoursGrid myHours = new HoursGrid(false);
    private final Map<Long, String> partnerNames = new HashMap<>();

    MyCreditsView(MyCreditsService mine, HoursService hours, RedemptionService redemptions, GiftService gifts,
                  OrganisationService organisations) {
        this.mine = mine;
        this.hours = hours;
        this.redemptions = redemptions;
        this.gifts = gifts;
        this.organisations = organisations;
        setMaxWidth("60rem");
        var overview = mine.overview();
        balance.addClassName("credit-balance");
        balance.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("font-weight", "700");
        add(new H1("My Time Credits"), new Div(balance, new Span(" credits")), carried);
        add(card(overview.membershipNumber()));
        add(new H2("Offers near me"), offersGrid());
        add(new H2("Statement"), statementSection());
        add(new H2("My hours"), claimForm(), myHours);
        add(new Details("Give credits to another member", giftForm()));
        myHours.setItems(q -> hours.myHours(q.getOffset(), q.getLimit()).stream());
        myHours.setAriaLabel("My hours and claims");
        refresh();
    }

    private void refresh() {
        var overview = mine.overview();
        balance.setText(String.valueOf(overview.balance()));
        carried.setText(overview.carriedMinutes() + " minutes carried towards your next credit ("
                + overview.minutesPerCredit() + " minutes earn one).");
        statement.getDataProvider().refreshAll();
        myHours.getDataProvider().refreshAll();
    }

    private Details card(String number) {
        var qr = new Html("<div class=\"credit-card-qr\" style=\"width:12rem;max-width:100%\">" + mine.cardQrSvg() + "</div>");
        var text = new Paragraph("Card number: " + number);
        text.addClassName("credit-card-number");
        var help = new Paragraph("Show this at a spend partner. They can scan the code or type the number.");
        var details = new Details("My membership card", new VerticalLayout(text, qr, help));
        details.setOpened(false);
        return details;
    }

    private Grid<Offer> offersGrid() {
        offers.addColumn(Offer::title).setHeader("Offer").setFlexGrow(1);
        offers.addColumn(o -> partnerName(o.organisationId())).setHeader("Where").setFlexGrow(1);
        offers.addColumn(Offer::creditsNeeded).setHeader("Credits").setAutoWidth(true);
        offers.addColumn(o -> o.audience().label()).setHeader("For").setAutoWidth(true);
        offers.addComponentColumn(o -> {
            var b = new Button("Use", e -> redeemDialog(o));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            b.setAriaLabel("Use credits on " + o.title());
            return b;
        }).setHeader("").setAutoWidth(true);
        offers.setItems(q -> mine.offersNearMe(q.getOffset(), q.getLimit()).stream());
        offers.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        offers.setAriaLabel("Offers near me");
        offers.setHeight("18rem");
        return offers;
    }

    private void redeemDialog(Offer offer) {
        var dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(offer.title());
        var quantity = new IntegerField("How many");
        quantity.setValue(1);
        quantity.setMin(1);
        quantity.setMax(offer.perVisitCap());
        quantity.setStepButtonsVisible(true);
        quantity.setHelperText(offer.creditsNeeded() + " credits each, up to " + offer.perVisitCap() + " a visit");
        String attempt = UUID.randomUUID().toString();
        dialog.add(new Paragraph(offer.description() == null ? "" : offer.description()), quantity);
        var confirm = new Button("Spend credits", e -> {
            try {
                var receipt = redemptions.redeem(new RedemptionRequest(null, offer.id(),
                        quantity.getValue() == null ? 0 : quantity.getValue(), attempt));
                FieldErrors.done("Done: " + receipt.creditsSpent() + " credits spent. Your balance is " + receipt.balanceAfter() + ".");
                dialog.close();
                refresh();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("quantity", quantity));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }

    private VerticalLayout statementSection() {
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> statement.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> statement.getDataProvider().refreshAll());
        statement.setItems(q -> mine.statement(from.getValue(), to.getValue(), q.getOffset(), q.getLimit()).stream());
        var csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = mine.statementCsv(from.getValue(), to.getValue()).getBytes(StandardCharsets.UTF_8);
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(bytes),
                    "time-credits-statement-" + LocalDate.now() + ".csv", "text/csv", bytes.length);
        }), "Download statement (CSV)");
        csv.getElement().setAttribute("download", true);
        var pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = mine.statementPdf(from.getValue(), to.getValue());
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(bytes),
                    "time-credits-statement-" + LocalDate.now() + ".pdf", "application/pdf", bytes.length);
        }), "Download statement (PDF)");
        pdf.getElement().setAttribute("download", true);
        var filters = new HorizontalLayout(from, to, csv, pdf);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        var section = new VerticalLayout(filters, statement);
        section.setPadding(false);
        return section;
    }

    private FormLayout claimForm() {
        var organisation = new ComboBox<OrganisationDetails>("Group you volunteered with");
        organisation.setItems(q -> organisations.directory(q.getFilter().orElse(""), null, null, q.getOffset(), q.getLimit())
                .stream().filter(OrganisationDetails::earnPartner));
        organisation.setItemLabelGenerator(OrganisationDetails::name);
        var activity = new TextField("What you did");
        var date = new DatePicker("Date", LocalDate.now());
        var minutes = new IntegerField("Time given (minutes)");
        minutes.setHelperText("The group will confirm your claim");
        var claim = new Button("Claim hours", e -> {
            try {
                hours.claim(new HoursForm(null, organisation.getValue() == null ? null : organisation.getValue().id(),
                        activity.getValue(), date.getValue(), minutes.getValue(), null));
                FieldErrors.done("Claim sent. The group will confirm it.");
                activity.clear();
                minutes.clear();
                refresh();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("organisation", organisation, "activity", activity, "date", date, "minutes", minutes));
            }
        });
        var form = new FormLayout(organisation, activity, date, minutes, claim);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        return form;
    }

    private FormLayout giftForm() {
        var card = new TextField("Their card number");
        card.setHelperText("For example TC-ABCD-EFGH-JKLM");
        var amount = new IntegerField("Credits to give");
        String[] attempt = {UUID.randomUUID().toString()};
        var give = new Button("Give credits", e -> {
            try {
                long left = gifts.gift(card.getValue(), amount.getValue() == null ? 0 : amount.getValue(), attempt[0]);
                attempt[0] = UUID.randomUUID().toString();
                FieldErrors.done("Gift sent. You have " + left + " credits left.");
                card.clear();
                amount.clear();
                refresh();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("membershipNumber", card, "credits", amount));
            }
        });
        var form = new FormLayout(card, amount, give);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        return form;
    }

    private String partnerName(Long id) {
        return partnerNames.computeIfAbsent(id, k -> organisations.find(k).map(OrganisationDetails::name).orElse(""));
    }
}

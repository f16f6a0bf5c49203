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
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(order = 30, icon = "vaadin:coin-piles", title = "timecredits.menu.myTimeCredits")
@RolesAllowed(Access.VOLUNTEER)
class MyCreditsView extends VerticalLayout implements HasDynamicTitle {

    private final MyCreditsService mine;
    private final HoursService hours;
    private final RedemptionService redemptions;
    private final GiftService gifts;
    private final OrganisationService organisations;
    final Span balance = new Span();
    final Span carried = new Span();
    final StatementGrid statement = new StatementGrid();
    final DatePicker from = new DatePicker(getTranslation("timecredits.myCredits.from"));
    final DatePicker to = new DatePicker(getTranslation("timecredits.myCredits.to"));
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
        add(new H1(getTranslation("timecredits.myCredits.myTimeCredits")), new Div(balance, new Span(getTranslation("timecredits.myCredits.credits"))), carried);
        add(card(overview.membershipNumber()));
        add(new H2(getTranslation("timecredits.myCredits.offersNearMe")), offersGrid());
        add(new H2(getTranslation("timecredits.myCredits.statement")), statementSection());
        add(new H2(getTranslation("timecredits.myCredits.myHours")), claimForm(), myHours);
        add(new Details(getTranslation("timecredits.myCredits.giveCreditsToAnotherMember"), giftForm()));
        myHours.setItems(q -> hours.myHours(q.getOffset(), q.getLimit()).stream());
        myHours.setAriaLabel(getTranslation("timecredits.myCredits.myHoursAndClaims"));
        refresh();
    }

    private void refresh() {
        var overview = mine.overview();
        balance.setText(Texts.number(overview.balance()));
        carried.setText(getTranslation("timecredits.myCredits.carried", overview.carriedMinutes(), overview.minutesPerCredit()));
        statement.getDataProvider().refreshAll();
        myHours.getDataProvider().refreshAll();
    }

    private Details card(String number) {
        var qr = new Html("<div class=\"credit-card-qr\" style=\"width:12rem;max-width:100%\">" + mine.cardQrSvg() + "</div>");
        var text = new Paragraph(getTranslation("timecredits.myCredits.cardNumber", number));
        text.addClassName("credit-card-number");
        var help = new Paragraph(getTranslation("timecredits.myCredits.showThisAtASpend"));
        var details = new Details(getTranslation("timecredits.myCredits.myMembershipCard"), new VerticalLayout(text, qr, help));
        details.setOpened(false);
        return details;
    }

    private Grid<Offer> offersGrid() {
        offers.addColumn(Offer::title).setHeader(getTranslation("timecredits.myCredits.offer")).setFlexGrow(1);
        offers.addColumn(o -> partnerName(o.organisationId())).setHeader(getTranslation("timecredits.myCredits.where")).setFlexGrow(1);
        offers.addColumn(Offer::creditsNeeded).setHeader(getTranslation("timecredits.myCredits.creditsColumn")).setAutoWidth(true);
        offers.addColumn(o -> Texts.label(o.audience())).setHeader(getTranslation("timecredits.myCredits.for")).setAutoWidth(true);
        offers.addComponentColumn(o -> {
            var b = new Button(getTranslation("timecredits.myCredits.use"), e -> redeemDialog(o));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            b.setAriaLabel(getTranslation("timecredits.myCredits.useAria", o.title()));
            return b;
        }).setHeader("").setAutoWidth(true);
        offers.setItems(q -> mine.offersNearMe(q.getOffset(), q.getLimit()).stream());
        offers.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        offers.setAriaLabel(getTranslation("timecredits.myCredits.offersNearMe"));
        offers.setHeight("18rem");
        return offers;
    }

    void redeemDialog(Offer offer) {
        var dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(offer.title());
        var quantity = new IntegerField(getTranslation("timecredits.myCredits.howMany"));
        quantity.setValue(1);
        quantity.setMin(1);
        quantity.setMax(offer.perVisitCap());
        quantity.setStepButtonsVisible(true);
        quantity.setHelperText(getTranslation("timecredits.myCredits.eachUpTo", offer.creditsNeeded(), offer.perVisitCap()));
        String attempt = UUID.randomUUID().toString();
        dialog.add(new Paragraph(offer.description() == null ? "" : offer.description()), quantity);
        var confirm = new Button(getTranslation("timecredits.myCredits.spendCredits"), e -> {
            try {
                var receipt = redemptions.redeem(new RedemptionRequest(null, offer.id(),
                        quantity.getValue() == null ? 0 : quantity.getValue(), attempt));
                FieldErrors.done(getTranslation("timecredits.myCredits.spent", receipt.creditsSpent(), receipt.balanceAfter()));
                dialog.close();
                refresh();
            } catch (InvalidInputException invalid) {
                // the dialog has one field, so a refusal about the offer or the balance belongs beside it too
                FieldErrors.show(invalid, Map.of("quantity", quantity, "offer", quantity, "balance", quantity));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("timecredits.myCredits.cancel"), e -> dialog.close()), confirm);
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
                    getTranslation("timecredits.myCredits.csvFileName", LocalDate.now().toString()), "text/csv", bytes.length);
        }), getTranslation("timecredits.myCredits.downloadStatementCsv"));
        csv.getElement().setAttribute("download", true);
        var pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = mine.statementPdf(from.getValue(), to.getValue());
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(bytes),
                    getTranslation("timecredits.myCredits.pdfFileName", LocalDate.now().toString()), "application/pdf", bytes.length);
        }), getTranslation("timecredits.myCredits.downloadStatementPdf"));
        pdf.getElement().setAttribute("download", true);
        var filters = new HorizontalLayout(from, to, csv, pdf);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        var section = new VerticalLayout(filters, statement);
        section.setPadding(false);
        return section;
    }

    private FormLayout claimForm() {
        var organisation = new ComboBox<OrganisationDetails>(getTranslation("timecredits.myCredits.groupYouVolunteeredWith"));
        organisation.setItems(q -> organisations.directory(q.getFilter().orElse(""), null, null, q.getOffset(), q.getLimit())
                .stream().filter(OrganisationDetails::earnPartner));
        organisation.setItemLabelGenerator(OrganisationDetails::name);
        var activity = new TextField(getTranslation("timecredits.myCredits.whatYouDid"));
        var date = new DatePicker(getTranslation("timecredits.myCredits.date"), LocalDate.now());
        var minutes = new IntegerField(getTranslation("timecredits.myCredits.timeGivenMinutes"));
        minutes.setHelperText(getTranslation("timecredits.myCredits.theGroupWillConfirmYour"));
        var claim = new Button(getTranslation("timecredits.myCredits.claimHours"), e -> {
            try {
                hours.claim(new HoursForm(null, organisation.getValue() == null ? null : organisation.getValue().id(),
                        activity.getValue(), date.getValue(), minutes.getValue(), null));
                FieldErrors.done(getTranslation("timecredits.myCredits.claimSentTheGroupWill"));
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
        var card = new TextField(getTranslation("timecredits.myCredits.theirCardNumber"));
        card.setHelperText(getTranslation("timecredits.myCredits.forExampleTcAbcdEfgh"));
        var amount = new IntegerField(getTranslation("timecredits.myCredits.creditsToGive"));
        String[] attempt = {UUID.randomUUID().toString()};
        var give = new Button(getTranslation("timecredits.myCredits.giveCredits"), e -> {
            try {
                long left = gifts.gift(card.getValue(), amount.getValue() == null ? 0 : amount.getValue(), attempt[0]);
                attempt[0] = UUID.randomUUID().toString();
                FieldErrors.done(getTranslation("timecredits.myCredits.giftSent", left));
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

    @Override
    public String getPageTitle() {
        return getTranslation("timecredits.myCredits.pageTitle");
    }
}

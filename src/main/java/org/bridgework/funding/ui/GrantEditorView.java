package org.bridgework.funding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.activities.StrategyItem;
import org.bridgework.activities.StrategyKind;
import org.bridgework.activities.StrategyService;
import org.bridgework.funding.Grant;
import org.bridgework.funding.GrantService;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.FieldErrors;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.reference.Ward;
import org.bridgework.reference.WardDirectory;
import org.bridgework.security.Access;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Recording or editing a grant; each message from the service is shown beside its field. */
@Route("funding/new")
@RouteAlias("funding/:id([0-9]+)/edit")
@RolesAllowed({Access.ADMIN, Access.MANAGER})
class GrantEditorView extends VerticalLayout implements BeforeEnterObserver, com.vaadin.flow.router.HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("funding.page.grant");
    }


    private static final List<String> USUAL_PROGRAMMES = List.of("Bridging Divides", "School visits travel fund");

    final H1 heading = new H1();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final BigDecimalField amount = new BigDecimalField();
    final TextField currency = new TextField();
    final DatePicker awardDate = new DatePicker();
    final DatePicker plannedStart = new DatePicker();
    final DatePicker plannedEnd = new DatePicker();
    final ComboBox<String> programme = new ComboBox<>();
    final TextField funderIdentifier = new TextField();
    final TextField funderName = new TextField();
    final ComboBox<OrganisationDetails> recipient = new ComboBox<>();
    final MultiSelectComboBox<Ward> wards = new MultiSelectComboBox<>();
    final TextField lsoaCode = new TextField();
    final ComboBox<StrategyItem> strategyProgramme = new ComboBox<>();
    final Button save = new Button();
    final VerticalLayout conflict = new VerticalLayout();

    private final GrantService grants;
    private final OrganisationService organisations;
    private final WardDirectory wardDirectory;
    private Grant editing;

    GrantEditorView(GrantService grants, OrganisationService organisations, WardDirectory wardDirectory, StrategyService strategy) {
        this.grants = grants;
        this.organisations = organisations;
        this.wardDirectory = wardDirectory;
        title.setLabel(getTranslation("funding.editor.title"));
        description.setLabel(getTranslation("funding.editor.description"));
        amount.setLabel(getTranslation("funding.editor.amount"));
        currency.setLabel(getTranslation("funding.editor.currency"));
        currency.setMaxLength(3);
        awardDate.setLabel(getTranslation("funding.editor.awardDate"));
        plannedStart.setLabel(getTranslation("funding.editor.plannedStart"));
        plannedEnd.setLabel(getTranslation("funding.editor.plannedEnd"));
        programme.setLabel(getTranslation("funding.editor.programme"));
        programme.setHelperText(getTranslation("funding.editor.programme.help"));
        var known = new LinkedHashSet<>(USUAL_PROGRAMMES);
        known.addAll(grants.programmes());
        programme.setItems(new ArrayList<>(known));
        programme.setAllowCustomValue(true);
        programme.addCustomValueSetListener(e -> programme.setValue(e.getDetail()));
        funderIdentifier.setLabel(getTranslation("funding.editor.funderIdentifier"));
        funderIdentifier.setHelperText(getTranslation("funding.editor.funderIdentifier.help"));
        funderName.setLabel(getTranslation("funding.editor.funderName"));
        recipient.setLabel(getTranslation("funding.editor.recipient"));
        recipient.setItems(q -> organisations.directory(q.getFilter().orElse(""), null, null, q.getOffset(), q.getLimit()).stream());
        recipient.setItemLabelGenerator(OrganisationDetails::name);
        wards.setLabel(getTranslation("funding.editor.wards"));
        wards.setItems(wardDirectory.all());
        wards.setItemLabelGenerator(Ward::name);
        lsoaCode.setLabel(getTranslation("funding.editor.lsoaCode"));
        lsoaCode.setHelperText(getTranslation("funding.editor.lsoaCode.help"));
        strategyProgramme.setLabel(getTranslation("funding.editor.strategyProgramme"));
        strategyProgramme.setItems(strategy.list(StrategyKind.PROGRAMME, true));
        strategyProgramme.setItemLabelGenerator(StrategyItem::name);
        strategyProgramme.setClearButtonVisible(true);

        var form = new FormLayout(title, recipient, amount, currency, awardDate, programme, plannedStart, plannedEnd,
                funderIdentifier, funderName, wards, lsoaCode, strategyProgramme, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        save.setText(getTranslation("funding.editor.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        conflict.setPadding(false);
        conflict.setVisible(false);
        add(heading, conflict, form, new HorizontalLayout(save,
                new Button(getTranslation("funding.editor.cancel"), e -> back())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            editing = grants.newGrant();
            heading.setText(getTranslation("funding.editor.heading.new"));
        } else {
            var found = grants.find(id.get());
            if (found.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            editing = found.get();
            heading.setText(getTranslation("funding.editor.heading.edit", grants.grantIdentifier(editing.id())));
        }
        show(editing);
    }

    private void show(Grant g) {
        title.setValue(g.title());
        description.setValue(g.description());
        amount.setValue(g.amountAwarded());
        currency.setValue(g.currency());
        awardDate.setValue(g.awardDate());
        plannedStart.setValue(g.plannedStart());
        plannedEnd.setValue(g.plannedEnd());
        programme.setValue(g.programme() == null || g.programme().isBlank() ? null : g.programme());
        funderIdentifier.setValue(g.funderIdentifier());
        funderName.setValue(g.funderName());
        recipient.setValue(g.recipientOrganisationId() == null ? null : organisations.find(g.recipientOrganisationId()).orElse(null));
        wards.setValue(g.wardCodes().stream().flatMap(code -> wardDirectory.byCode(code).stream()).toList());
        lsoaCode.setValue(g.lsoaCode() == null ? "" : g.lsoaCode());
        strategyProgramme.setValue(g.strategyProgrammeId() == null ? null : strategyProgramme.getListDataView().getItems()
                .filter(p -> p.id().equals(g.strategyProgrammeId())).findFirst().orElse(null));
    }

    Grant formValue() {
        return new Grant(editing.id(), editing.version(), title.getValue(), description.getValue(), amount.getValue(),
                currency.getValue(), awardDate.getValue(), plannedStart.getValue(), plannedEnd.getValue(), programme.getValue(),
                funderIdentifier.getValue(), funderName.getValue(), recipient.getValue() == null ? null : recipient.getValue().id(),
                null, null, wards.getValue().stream().map(Ward::code).toList(), lsoaCode.getValue(),
                strategyProgramme.getValue() == null ? null : strategyProgramme.getValue().id());
    }

    private void save() {
        FieldErrors.clear(fields());
        conflict.setVisible(false);
        try {
            grants.save(formValue());
            FieldErrors.done(getTranslation("funding.editor.saved"));
            getUI().ifPresent(ui -> ui.navigate("funding"));
        } catch (InvalidInputException invalid) {
            FieldErrors.show(invalid, fields());
        } catch (ConcurrentEditException concurrent) {
            showConflict(concurrent);
        }
    }

    private void showConflict(ConcurrentEditException concurrent) {
        conflict.removeAll();
        var list = new UnorderedList();
        concurrent.theirChanges().forEach(c -> list.add(new ListItem(
                getTranslation("funding.editor.conflict.line", c.field(), c.after(), c.before()))));
        var reload = new Button(getTranslation("funding.editor.reload"), e -> {
            grants.find(editing.id()).ifPresent(latest -> {
                editing = latest;
                show(latest);
            });
            conflict.setVisible(false);
        });
        conflict.add(new Paragraph(new Span(getTranslation("funding.editor.conflict"))), list, reload);
        conflict.setVisible(true);
    }

    private Map<String, HasValidation> fields() {
        return Map.ofEntries(Map.entry("title", title), Map.entry("description", description), Map.entry("amountAwarded", amount),
                Map.entry("currency", currency), Map.entry("awardDate", awardDate), Map.entry("plannedEnd", plannedEnd),
                Map.entry("programme", programme), Map.entry("funderIdentifier", funderIdentifier),
                Map.entry("funderName", funderName), Map.entry("recipient", recipient), Map.entry("wards", wards),
                Map.entry("lsoaCode", lsoaCode), Map.entry("strategyProgramme", strategyProgramme));
    }

    private void back() {
        getUI().ifPresent(ui -> ui.navigate("funding"));
    }
}

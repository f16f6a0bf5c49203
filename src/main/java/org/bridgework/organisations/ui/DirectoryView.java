package org.bridgework.organisations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.organisations.OrganisationType;
import org.bridgework.reference.Ward;
import org.bridgework.reference.WardDirectory;
import org.bridgework.security.CurrentUser;
import org.bridgework.security.Role;

import java.util.ArrayList;

/** The City Active Guide: every trusted partner organisation, searchable by name or service. */
@Route("directory")
@Menu(order = 15, icon = "vaadin:building", title = "organisations.menu.directory")
@PermitAll
class DirectoryView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService organisations;
    private final WardDirectory wards;
    final TextField search = new TextField(getTranslation("organisations.directory.search"));
    final ComboBox<OrganisationType> type = new ComboBox<>(getTranslation("organisations.directory.type"));
    final ComboBox<Ward> ward = new ComboBox<>(getTranslation("organisations.directory.ward"));
    final Button add = new Button(getTranslation("organisations.directory.add"));
    final Grid<OrganisationDetails> grid = new Grid<>();
    private final boolean staff;

    DirectoryView(OrganisationService organisations, WardDirectory wards, CurrentUser currentUser) {
        this.organisations = organisations;
        this.wards = wards;
        this.staff = currentUser.get().map(u -> u.hasRole(Role.ADMIN, Role.MANAGER, Role.OFFICER)).orElse(false);
        setSizeFull();
        search.setPlaceholder(getTranslation("organisations.directory.search-placeholder"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(this::typeName);
        type.setClearButtonVisible(true);
        type.setPlaceholder(getTranslation("organisations.directory.any-type"));
        ward.setItems(wards.all());
        ward.setItemLabelGenerator(Ward::name);
        ward.setClearButtonVisible(true);
        ward.setPlaceholder(getTranslation("organisations.directory.any-ward"));
        search.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        ward.addValueChangeListener(e -> refresh());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> edit(null));
        add.setVisible(staff);

        var filters = new FlexLayout(search, type, ward, add);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        grid.addComponentColumn(this::card).setHeader(getTranslation("organisations.directory.organisation")).setFlexGrow(1);
        if (staff) {
            grid.addComponentColumn(o -> {
                var b = new Button(getTranslation("common.edit"), e -> edit(o));
                b.setAriaLabel(getTranslation("organisations.directory.edit-aria", o.name()));
                return b;
            }).setHeader(getTranslation("organisations.directory.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAriaLabel(getTranslation("organisations.directory.grid"));
        grid.setItems(q -> organisations.directory(search.getValue(), type.getValue(),
                ward.getValue() == null ? null : ward.getValue().code(), q.getOffset(), q.getLimit()).stream());
        add(new H1(getTranslation("organisations.directory.heading")), filters, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisations.directory.title");
    }

    private String typeName(OrganisationType t) {
        return getTranslation("organisations.type." + t.name());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private Div card(OrganisationDetails o) {
        var name = new Span(o.name());
        name.getStyle().set("font-weight", "600");
        var facts = new ArrayList<String>();
        facts.add(typeName(o.type()));
        if (o.wardCode() != null) {
            wards.byCode(o.wardCode()).ifPresent(w -> facts.add(getTranslation("organisations.directory.ward-name", w.name())));
        }
        var card = new Div(name, line(String.join(getTranslation("organisations.directory.fact-separator"), facts)));
        if (o.services() != null) {
            card.add(line(getTranslation("organisations.directory.services", o.services())));
        }
        var contact = new ArrayList<String>();
        for (String s : new String[]{o.contactName(), o.contactPhone(), o.contactEmail()}) {
            if (s != null && !s.isBlank()) {
                contact.add(s);
            }
        }
        if (!contact.isEmpty()) {
            card.add(line(getTranslation("organisations.directory.contact", String.join(", ", contact))));
        }
        if (o.earnPartner() || o.spendPartner()) {
            card.add(line(getTranslation(o.earnPartner() && o.spendPartner() ? "organisations.directory.time-credits-earn-and-spend"
                    : o.earnPartner() ? "organisations.directory.time-credits-earn" : "organisations.directory.time-credits-spend")));
        }
        card.getStyle().set("white-space", "normal").set("padding", "var(--lumo-space-xs) 0");
        return card;
    }

    private static Div line(String text) {
        var d = new Div(text);
        d.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return d;
    }

    private void edit(OrganisationDetails existing) {
        new OrganisationEditorDialog(organisations, wards, existing, this::refresh).open();
    }
}

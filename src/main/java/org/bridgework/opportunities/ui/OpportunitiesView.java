package org.bridgework.opportunities.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.opportunities.Opportunity;
import org.bridgework.opportunities.OpportunityFilter;
import org.bridgework.opportunities.OpportunityService;
import org.bridgework.opportunities.OpportunityStatus;
import org.bridgework.opportunities.OpportunityType;
import org.bridgework.opportunities.Sector;
import org.bridgework.reference.Ward;
import org.bridgework.reference.WardDirectory;
import org.bridgework.security.Access;

/** The register: officers search every employer's opportunities, partners see and manage their own. */
@Route("opportunities")
@PageTitle("Opportunities | Bridgework")
@Menu(order = 25, icon = "vaadin:briefcase", title = "Opportunities")
@RolesAllowed({Access.ADMIN, Access.MANAGER, Access.OFFICER, Access.PARTNER})
class OpportunitiesView extends VerticalLayout {

    final TextField text = new TextField("Title contains");
    final ComboBox<OpportunityType> type = new ComboBox<>("Kind");
    final ComboBox<Sector> sector = new ComboBox<>("Sector");
    final IntegerField level = new IntegerField("Apprenticeship level");
    final ComboBox<Ward> ward = new ComboBox<>("Ward");
    final ComboBox<OpportunityStatus> status = new ComboBox<>("Status");
    final IntegerField age = new IntegerField("Open to age");
    final Grid<Opportunity> grid = new Grid<>();

    OpportunitiesView(OpportunityService opportunities, WardDirectory wards) {
        setSizeFull();
        text.setValueChangeMode(ValueChangeMode.LAZY);
        type.setItems(OpportunityType.values());
        type.setItemLabelGenerator(OpportunityType::label);
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(Sector::label);
        level.setMin(2);
        level.setMax(7);
        ward.setItems(wards.all());
        ward.setItemLabelGenerator(Ward::name);
        status.setItems(OpportunityStatus.values());
        status.setItemLabelGenerator(OpportunityStatus::label);
        age.setMin(14);
        age.setMax(100);
        for (var f : new com.vaadin.flow.component.HasValue<?, ?>[]{text, type, sector, level, ward, status, age}) {
            f.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        for (var f : new ComboBox<?>[]{type, sector, ward, status}) {
            f.setClearButtonVisible(true);
        }
        var filters = new FlexLayout(text, type, sector, level, ward, status, age);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        var add = new Button("Add an opportunity", e -> getUI().ifPresent(ui -> ui.navigate("opportunities/new")));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(Opportunity::title).setHeader("Title").setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(o -> o.type().label() + (o.apprenticeshipLevel() == null ? "" : ", level " + o.apprenticeshipLevel()))
                .setHeader("Kind").setAutoWidth(true);
        grid.addColumn(o -> o.sector().label()).setHeader("Sector").setAutoWidth(true);
        grid.addColumn(o -> o.startDate() == null ? "" : Formats.date(o.startDate())).setHeader("Starts");
        grid.addColumn(o -> Formats.pay(o)).setHeader("Pay");
        grid.addColumn(o -> o.status().label()).setHeader("Status");
        grid.setItems(q -> opportunities.search(filter(), q.getOffset(), q.getLimit()).stream());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("opportunities/" + e.getItem().id())));
        grid.setAriaLabel("Opportunities");
        grid.setSizeFull();
        add(new H1("Opportunities"), filters, add, grid);
    }

    private OpportunityFilter filter() {
        return new OpportunityFilter(text.getValue(), type.getValue(), sector.getValue(), level.getValue(),
                ward.getValue() == null ? null : ward.getValue().code(), status.getValue(), age.getValue(), null);
    }
}

package org.bridgework.opportunities.ui;

import org.bridgework.platform.ui.GridRows;
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
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(order = 25, icon = "vaadin:briefcase", title = "opportunities.menu.opportunities")
@RolesAllowed({Access.ADMIN, Access.MANAGER, Access.OFFICER, Access.PARTNER})
class OpportunitiesView extends VerticalLayout implements HasDynamicTitle {

    final TextField text = new TextField(getTranslation("opportunities.opportunities.titleContains"));
    final ComboBox<OpportunityType> type = new ComboBox<>(getTranslation("opportunities.opportunities.kind"));
    final ComboBox<Sector> sector = new ComboBox<>(getTranslation("opportunities.opportunities.sector"));
    final IntegerField level = new IntegerField(getTranslation("opportunities.opportunities.apprenticeshipLevel"));
    final ComboBox<Ward> ward = new ComboBox<>(getTranslation("opportunities.opportunities.ward"));
    final ComboBox<OpportunityStatus> status = new ComboBox<>(getTranslation("opportunities.opportunities.status"));
    final IntegerField age = new IntegerField(getTranslation("opportunities.opportunities.openToAge"));
    final Grid<Opportunity> grid = new Grid<>();

    OpportunitiesView(OpportunityService opportunities, WardDirectory wards) {
        setSizeFull();
        text.setValueChangeMode(ValueChangeMode.LAZY);
        type.setItems(OpportunityType.values());
        type.setItemLabelGenerator(Texts::label);
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(Texts::label);
        level.setMin(2);
        level.setMax(7);
        ward.setItems(wards.all());
        ward.setItemLabelGenerator(Ward::name);
        status.setItems(OpportunityStatus.values());
        status.setItemLabelGenerator(Texts::label);
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

        var add = new Button(getTranslation("opportunities.opportunities.addAnOpportunity"), e -> getUI().ifPresent(ui -> ui.navigate("opportunities/new")));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(Opportunity::title).setHeader(getTranslation("opportunities.opportunities.title")).setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(o -> Texts.label(o.type()) + (o.apprenticeshipLevel() == null ? "" : getTranslation("opportunities.common.level", o.apprenticeshipLevel())))
                .setHeader(getTranslation("opportunities.opportunities.kind")).setAutoWidth(true);
        grid.addColumn(o -> Texts.label(o.sector())).setHeader(getTranslation("opportunities.opportunities.sector")).setAutoWidth(true);
        grid.addColumn(o -> o.startDate() == null ? "" : Formats.date(o.startDate())).setHeader(getTranslation("opportunities.opportunities.starts"));
        grid.addColumn(o -> Formats.pay(o)).setHeader(getTranslation("opportunities.opportunities.pay"));
        grid.addColumn(o -> Texts.label(o.status())).setHeader(getTranslation("opportunities.opportunities.status"));
        grid.setItems(q -> opportunities.search(filter(), q.getOffset(), q.getLimit()).stream());
        GridRows.openOnActivate(grid, o -> getUI().ifPresent(ui -> ui.navigate("opportunities/" + o.id())));
        grid.setAriaLabel(getTranslation("opportunities.opportunities.opportunities"));
        grid.setSizeFull();
        add(new H1(getTranslation("opportunities.opportunities.opportunities")), filters, add, grid);
    }

    private OpportunityFilter filter() {
        return new OpportunityFilter(text.getValue(), type.getValue(), sector.getValue(), level.getValue(),
                ward.getValue() == null ? null : ward.getValue().code(), status.getValue(), age.getValue(), null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opportunities.opportunities.pageTitle");
    }
}

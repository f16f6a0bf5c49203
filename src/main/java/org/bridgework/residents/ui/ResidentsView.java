package org.bridgework.residents.ui;

import org.bridgework.platform.ui.GridRows;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.platform.ui.LocalFormats;
import org.bridgework.reference.Ward;
import org.bridgework.reference.WardDirectory;
import org.bridgework.residents.AgeBand;
import org.bridgework.residents.ProgrammeParticipation;
import org.bridgework.residents.ResidentFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSort;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.Access;
import org.bridgework.security.CurrentUser;
import org.bridgework.security.Role;

import java.util.List;

/**
 * Finding people fast. Pages are fetched and sorted in SQL and the grid never asks for a total count,
 * so scrolling costs the same at 1,000 or 1,000,000 residents.
 */
@Route("residents")
@Menu(order = 10, icon = "vaadin:user-card", title = "residents.menu.residents")
@RolesAllowed({Access.ADMIN, Access.MANAGER, Access.OFFICER, Access.FAMILY_WORKER})
class ResidentsView extends VerticalLayout implements HasDynamicTitle {

    private static final String RECORD = "residents/";


    final TextField name = new TextField(getTranslation("residents.list.name"));
    final TextField postcode = new TextField(getTranslation("residents.list.postcode"));
    final ComboBox<Ward> ward = new ComboBox<>(getTranslation("residents.list.ward"));
    final ComboBox<AgeBand> ageBand = new ComboBox<>(getTranslation("residents.list.age-band"));
    final ComboBox<ProgrammeParticipation.Programme> programme = new ComboBox<>(getTranslation("residents.list.programme"));
    final Grid<ResidentSummary> grid = new Grid<>();

    ResidentsView(ResidentService residents, WardDirectory wards, CurrentUser currentUser,
                  ObjectProvider<ProgrammeParticipation> participation) {
        setSizeFull();
        // stable ids for the load driver (and any script) to find the search field and grid by
        name.setId("residents-name");
        grid.setId("residents-grid");
        name.setPlaceholder(getTranslation("residents.list.name-placeholder"));
        postcode.setPlaceholder(getTranslation("residents.list.postcode-placeholder"));
        for (var field : List.of(name, postcode)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        ward.setItems(wards.all());
        ward.setItemLabelGenerator(Ward::name);
        ward.setClearButtonVisible(true);
        ward.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        ageBand.setItems(AgeBand.values());
        ageBand.setItemLabelGenerator(AgeBand::label);
        ageBand.setClearButtonVisible(true);
        ageBand.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var filters = new FlexLayout(name, postcode, ward, ageBand);
        participation.ifAvailable(p -> {
            programme.setItems(p.programmes());
            programme.setItemLabelGenerator(ProgrammeParticipation.Programme::name);
            programme.setClearButtonVisible(true);
            programme.setHelperText(getTranslation("residents.list.programme-help"));
            programme.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
            filters.add(programme);
        });
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        var add = new Button(getTranslation("residents.list.add"), e -> getUI().ifPresent(ui -> ui.navigate("residents/new")));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var actions = new HorizontalLayout(add);
        if (currentUser.get().map(u -> u.hasRole(Role.ADMIN, Role.MANAGER)).orElse(false)) {
            actions.add(new Button(getTranslation("residents.list.import"), e -> getUI().ifPresent(ui -> ui.navigate("residents/import"))));
        }

        var wardNames = wards.all();
        // a link, so that keyboard and screen-reader users can open a record as well as mouse users
        grid.addComponentColumn(r -> new Anchor(RECORD + r.id(), r.displayName()))
                .setHeader(getTranslation("residents.list.name")).setKey("name").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> Dates.shortDate(r.dateOfBirth())).setHeader(getTranslation("residents.list.date-of-birth"))
                .setKey("dob").setSortable(true);
        grid.addColumn(r -> r.dateOfBirth() == null ? "" : LocalFormats.number(Dates.age(r.dateOfBirth()), getLocale()))
                .setHeader(getTranslation("residents.list.age"));
        grid.addColumn(ResidentSummary::postcode).setHeader(getTranslation("residents.list.postcode"));
        grid.addColumn(r -> wardNames.stream().filter(w -> w.code().equals(r.wardCode())).map(Ward::name)
                .findFirst().orElse(getTranslation("residents.outside-the-city"))).setHeader(getTranslation("residents.list.ward"))
                .setAutoWidth(true);
        grid.setItems(q -> residents.search(filter(), sort(q.getSortOrders()), q.getOffset(), q.getLimit()).stream());
        GridRows.openOnActivate(grid, r -> getUI().ifPresent(ui -> ui.navigate(RECORD + r.id())));
        grid.setAriaLabel(getTranslation("residents.list.grid"));
        grid.setEmptyStateText(getTranslation("residents.list.empty"));

        add(new H1(getTranslation("residents.list.heading")), new Paragraph(getTranslation("residents.list.explanation")),
                actions, filters, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("residents.list.title");
    }

    ResidentFilter filter() {
        return new ResidentFilter(name.getValue(), postcode.getValue(), ward.getValue() == null ? null : ward.getValue().code(),
                ageBand.getValue(), programme.getValue() == null ? null : programme.getValue().id());
    }

    private static ResidentSort sort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return ResidentSort.NAME;
        }
        var first = orders.getFirst();
        boolean descending = first.getDirection() == SortDirection.DESCENDING;
        if ("dob".equals(first.getSorted())) {
            return descending ? ResidentSort.YOUNGEST_FIRST : ResidentSort.OLDEST_FIRST;
        }
        return descending ? ResidentSort.NAME_DESCENDING : ResidentSort.NAME;
    }
}

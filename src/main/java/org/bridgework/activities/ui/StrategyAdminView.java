package org.bridgework.activities.ui;

import org.bridgework.platform.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.activities.StrategyItem;
import org.bridgework.activities.StrategyKind;
import org.bridgework.activities.StrategyService;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Access;

import java.util.EnumMap;
import java.util.Map;

/** The strategy's outcomes, headings, programmes and activity types, kept up to date without a release. */
@Route("admin/strategy")
@PageTitle("Strategy | Bridgework")
@Menu(order = 93, icon = "vaadin:sitemap", title = "Strategy")
@RolesAllowed(Access.ADMIN)
class StrategyAdminView extends VerticalLayout {

    private final StrategyService strategy;
    final Map<StrategyKind, Grid<StrategyItem>> grids = new EnumMap<>(StrategyKind.class);

    StrategyAdminView(StrategyService strategy) {
        this.strategy = strategy;
        setSizeFull();
        var tabs = new TabSheet();
        tabs.setSizeFull();
        for (StrategyKind kind : StrategyKind.values()) {
            tabs.add(kind.label() + "s", tab(kind));
        }
        add(new H1("Social Mobility Strategy"),
                new Paragraph("Every activity type counts towards one heading, and every heading towards one outcome. "
                        + "Switch off what is no longer used rather than deleting it, so past reports still add up."), tabs);
    }

    private VerticalLayout tab(StrategyKind kind) {
        var grid = new Grid<StrategyItem>();
        grid.addColumn(StrategyItem::name).setHeader("Name").setFlexGrow(1);
        if (kind.parent() != null) {
            var parents = strategy.list(kind.parent(), false);
            grid.addColumn(i -> parents.stream().filter(p -> p.id().equals(i.parentId())).map(StrategyItem::name).findFirst().orElse(""))
                    .setHeader(kind.parent().label()).setFlexGrow(1);
        }
        grid.addColumn(i -> i.active() ? "In use" : "Switched off").setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(i -> {
            var edit = new Button("Edit", e -> edit(i));
            edit.setAriaLabel("Edit " + i.name());
            return edit;
        }).setHeader("Actions").setAutoWidth(true);
        grid.setItems(strategy.list(kind, false));
        grid.setAriaLabel(kind.label() + "s");
        grids.put(kind, grid);
        var add = new Button("Add " + kind.label().toLowerCase(), e -> edit(StrategyItem.blank(kind)));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var layout = new VerticalLayout(add, grid);
        layout.setPadding(false);
        layout.setSizeFull();
        return layout;
    }

    private void edit(StrategyItem item) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(item.id() == null ? "Add " + item.kind().label().toLowerCase() : "Edit " + item.kind().label().toLowerCase());
        var name = new TextField("Name");
        name.setValue(item.name());
        name.setWidthFull();
        var parent = new ComboBox<StrategyItem>(item.kind().parent() == null ? "" : item.kind().parent().label());
        var order = new IntegerField("Position in lists");
        order.setValue(item.sortOrder());
        var library = new Checkbox("A library session type", item.librarySession());
        var active = new Checkbox("In use", item.active());
        var form = new FormLayout(name);
        if (item.kind().parent() != null) {
            var parents = strategy.list(item.kind().parent(), false);
            parent.setItems(parents);
            parent.setItemLabelGenerator(StrategyItem::name);
            parents.stream().filter(p -> p.id().equals(item.parentId())).findFirst().ifPresent(parent::setValue);
            form.add(parent);
        }
        if (item.kind() == StrategyKind.OUTCOME || item.kind() == StrategyKind.HEADING) {
            form.add(order);
        }
        if (item.kind() == StrategyKind.TYPE) {
            form.add(library);
        }
        form.add(active);
        dialog.add(form);
        Map<String, HasValidation> fields = Map.of("name", name, "parent", parent);
        var save = new Button("Save", e -> {
            try {
                strategy.save(new StrategyItem(item.id(), item.version(), item.kind(), name.getValue(),
                        parent.getValue() == null ? null : parent.getValue().id(), order.getValue() == null ? 0 : order.getValue(),
                        library.getValue(), active.getValue()));
                grids.get(item.kind()).setItems(strategy.list(item.kind(), false));
                Notification.show("Saved.");
                dialog.close();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, fields);
            } catch (ConcurrentEditException conflict) {
                Notification.show(conflict.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}

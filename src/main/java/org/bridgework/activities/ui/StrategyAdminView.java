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
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(order = 93, icon = "vaadin:sitemap", title = "activities.menu.strategy")
@RolesAllowed(Access.ADMIN)
class StrategyAdminView extends VerticalLayout implements HasDynamicTitle {

    private final StrategyService strategy;
    final Map<StrategyKind, Grid<StrategyItem>> grids = new EnumMap<>(StrategyKind.class);

    StrategyAdminView(StrategyService strategy) {
        this.strategy = strategy;
        setSizeFull();
        var tabs = new TabSheet();
        tabs.setSizeFull();
        for (StrategyKind kind : StrategyKind.values()) {
            tabs.add(getTranslation("activities.strategyAdmin.plural", Texts.label(kind)), tab(kind));
        }
        add(new H1(getTranslation("activities.strategyAdmin.socialMobilityStrategy")),
                new Paragraph(getTranslation("activities.strategyAdmin.explanation")), tabs);
    }

    private VerticalLayout tab(StrategyKind kind) {
        var grid = new Grid<StrategyItem>();
        grid.addColumn(StrategyItem::name).setHeader(getTranslation("activities.strategyAdmin.name")).setFlexGrow(1);
        if (kind.parent() != null) {
            var parents = strategy.list(kind.parent(), false);
            grid.addColumn(i -> parents.stream().filter(p -> p.id().equals(i.parentId())).map(StrategyItem::name).findFirst().orElse(""))
                    .setHeader(Texts.label(kind.parent())).setFlexGrow(1);
        }
        grid.addColumn(i -> i.active() ? getTranslation("activities.strategyAdmin.inUse") : getTranslation("activities.strategyAdmin.switchedOff")).setHeader(getTranslation("activities.strategyAdmin.status")).setAutoWidth(true);
        grid.addComponentColumn(i -> {
            var edit = new Button(getTranslation("activities.strategyAdmin.edit"), e -> edit(i));
            edit.setAriaLabel(getTranslation("activities.strategyAdmin.editAria", i.name()));
            return edit;
        }).setHeader(getTranslation("activities.strategyAdmin.actions")).setAutoWidth(true);
        grid.setItems(strategy.list(kind, false));
        grid.setAriaLabel(getTranslation("activities.strategyAdmin.plural", Texts.label(kind)));
        grids.put(kind, grid);
        var add = new Button(getTranslation("activities.strategyAdmin.addKind", Texts.label(kind).toLowerCase(getLocale())),
                e -> edit(StrategyItem.blank(kind)));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var layout = new VerticalLayout(add, grid);
        layout.setPadding(false);
        layout.setSizeFull();
        return layout;
    }

    private void edit(StrategyItem item) {
        var dialog = new Dialog();
        String kindName = Texts.label(item.kind()).toLowerCase(getLocale());
        dialog.setHeaderTitle(getTranslation(item.id() == null ? "activities.strategyAdmin.addKind" : "activities.strategyAdmin.editKind", kindName));
        var name = new TextField(getTranslation("activities.strategyAdmin.name"));
        name.setValue(item.name());
        name.setWidthFull();
        var parent = new ComboBox<StrategyItem>(item.kind().parent() == null ? "" : Texts.label(item.kind().parent()));
        var order = new IntegerField(getTranslation("activities.strategyAdmin.positionInLists"));
        order.setValue(item.sortOrder());
        var library = new Checkbox(getTranslation("activities.strategyAdmin.aLibrarySessionType"), item.librarySession());
        var active = new Checkbox(getTranslation("activities.strategyAdmin.inUse"), item.active());
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
        var save = new Button(getTranslation("activities.strategyAdmin.save"), e -> {
            try {
                strategy.save(new StrategyItem(item.id(), item.version(), item.kind(), name.getValue(),
                        parent.getValue() == null ? null : parent.getValue().id(), order.getValue() == null ? 0 : order.getValue(),
                        library.getValue(), active.getValue()));
                grids.get(item.kind()).setItems(strategy.list(item.kind(), false));
                Notification.show(getTranslation("activities.strategyAdmin.saved"));
                dialog.close();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, fields);
            } catch (ConcurrentEditException conflict) {
                Notification.show(conflict.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("activities.strategyAdmin.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activities.strategyAdmin.pageTitle");
    }
}

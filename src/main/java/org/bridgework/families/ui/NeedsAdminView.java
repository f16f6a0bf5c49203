package org.bridgework.families.ui;

import org.bridgework.platform.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.families.FamilyNeedsService;
import org.bridgework.families.Need;
import org.bridgework.families.Urgency;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Access;

import java.util.Map;

/** Administrators keep the list of needs and the first-contact deadlines. */
@Route("families/needs")
@Menu(order = 45, icon = "vaadin:list", title = "families.menu.familySupportNeeds")
@RolesAllowed(Access.ADMIN)
class NeedsAdminView extends VerticalLayout implements HasDynamicTitle {

    private final FamilyNeedsService needs;
    final Grid<Need> grid = new Grid<>();
    final TextField label = new TextField(getTranslation("families.needsAdmin.newNeed"));

    NeedsAdminView(FamilyNeedsService needs) {
        this.needs = needs;
        add(new H1(getTranslation("families.needsAdmin.familySupportNeeds")),
                new Paragraph(getTranslation("families.needsAdmin.explanation")));
        grid.addColumn(Need::label).setHeader(getTranslation("families.needsAdmin.need")).setFlexGrow(3);
        grid.addColumn(n -> n.active() ? getTranslation("families.needsAdmin.inUse") : getTranslation("families.needsAdmin.retired")).setHeader(getTranslation("families.needsAdmin.status"));
        grid.addComponentColumn(n -> {
            var b = new Button(n.active() ? getTranslation("families.needsAdmin.retire") : getTranslation("families.needsAdmin.restore"), e -> save(new Need(n.id(), n.version(), n.label(), n.sortOrder(), !n.active())));
            b.setAriaLabel(getTranslation(n.active() ? "families.needsAdmin.retireAria" : "families.needsAdmin.restoreAria", n.label()));
            return b;
        }).setHeader(getTranslation("families.needsAdmin.action"));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("families.needsAdmin.needs"));
        var add = new Button(getTranslation("families.needsAdmin.addNeed"), e -> {
            try {
                needs.save(new Need(0, 0, label.getValue(), 0, true));
                label.clear();
                refresh();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("label", label));
            }
        });
        var row = new HorizontalLayout(label, add);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(grid, row, new H2(getTranslation("families.needsAdmin.firstContactDeadlines")));
        for (Urgency u : needs.urgencies()) {
            var days = new IntegerField(getTranslation("families.needsAdmin.workingDays", u.label()));
            days.setValue(u.firstContactWorkingDays());
            days.setMin(1);
            days.setMax(60);
            var save = new Button(getTranslation("families.needsAdmin.save"), e -> {
                try {
                    needs.setFirstContactDays(u.code(), days.getValue() == null ? 0 : days.getValue());
                    Notification.show(getTranslation("families.needsAdmin.savedNewReferralsUseThe"));
                } catch (InvalidInputException invalid) {
                    FieldErrors.show(invalid, Map.of("firstContactWorkingDays", days));
                }
            });
            save.setAriaLabel(getTranslation("families.needsAdmin.saveDeadlineAria", u.label().toLowerCase(getLocale())));
            var r = new HorizontalLayout(days, save);
            r.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            add(r);
        }
        refresh();
    }

    private void save(Need n) {
        try {
            needs.save(n);
        } catch (ConcurrentEditException conflict) {
            Notification.show(getTranslation("families.needsAdmin.someoneElseChangedThisNeed"));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(needs.needs(true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("families.needsAdmin.pageTitle");
    }
}

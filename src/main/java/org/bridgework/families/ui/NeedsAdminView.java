package org.bridgework.families.ui;

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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Family support needs | Bridgework")
@Menu(order = 45, icon = "vaadin:list", title = "Family support needs")
@RolesAllowed(Access.ADMIN)
class NeedsAdminView extends VerticalLayout {

    private final FamilyNeedsService needs;
    final Grid<Need> grid = new Grid<>();
    final TextField label = new TextField("New need");

    NeedsAdminView(FamilyNeedsService needs) {
        this.needs = needs;
        add(new H1("Family support needs"),
                new Paragraph("Referrals, assessments and outcomes use this list. Retire a need rather than renaming it "
                        + "to something different, so that past assessments keep their meaning."));
        grid.addColumn(Need::label).setHeader("Need").setFlexGrow(3);
        grid.addColumn(n -> n.active() ? "In use" : "Retired").setHeader("Status");
        grid.addComponentColumn(n -> {
            var b = new Button(n.active() ? "Retire" : "Restore", e -> save(new Need(n.id(), n.version(), n.label(), n.sortOrder(), !n.active())));
            b.setAriaLabel((n.active() ? "Retire " : "Restore ") + n.label());
            return b;
        }).setHeader("Action");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Needs");
        var add = new Button("Add need", e -> {
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
        add(grid, row, new H2("First contact deadlines"));
        for (Urgency u : needs.urgencies()) {
            var days = new IntegerField(u.label() + ": working days to first contact");
            days.setValue(u.firstContactWorkingDays());
            days.setMin(1);
            days.setMax(60);
            var save = new Button("Save", e -> {
                try {
                    needs.setFirstContactDays(u.code(), days.getValue() == null ? 0 : days.getValue());
                    Notification.show("Saved. New referrals use the new deadline.");
                } catch (InvalidInputException invalid) {
                    FieldErrors.show(invalid, Map.of("firstContactWorkingDays", days));
                }
            });
            save.setAriaLabel("Save the deadline for " + u.label().toLowerCase() + " referrals");
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
            Notification.show("Someone else changed this need meanwhile. The list has been reloaded.");
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(needs.needs(true));
    }
}

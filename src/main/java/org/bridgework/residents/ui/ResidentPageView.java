package org.bridgework.residents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.reference.WardDirectory;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentJourneyTab;
import org.bridgework.residents.ResidentMergeService;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.Access;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.CurrentUser;
import org.bridgework.security.Role;
import org.springframework.security.access.AccessDeniedException;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything about one person in one place: their record, and a tab from each feature that works with them.
 * Opening the page goes through {@link ResidentService#open}, which checks access and audits the view.
 */
@Route("residents/:id([0-9]+)")
@PageTitle("Resident | Bridgework")
@RolesAllowed({Access.ADMIN, Access.MANAGER, Access.OFFICER, Access.FAMILY_WORKER, Access.PARTNER})
class ResidentPageView extends VerticalLayout implements BeforeEnterObserver {

    private final ResidentService residents;
    private final ResidentMergeService merges;
    private final WardDirectory wards;
    private final List<ResidentJourneyTab> journeyTabs;
    private final BridgeworkUser user;
    final TabSheet tabs = new TabSheet();

    ResidentPageView(ResidentService residents, ResidentMergeService merges, WardDirectory wards,
                     List<ResidentJourneyTab> journeyTabs, CurrentUser currentUser) {
        this.residents = residents;
        this.merges = merges;
        this.wards = wards;
        this.journeyTabs = journeyTabs;
        this.user = currentUser.require();
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow();
        ResidentForm form;
        try {
            form = residents.open(id).orElse(null);
        } catch (AccessDeniedException refused) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        if (form == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        show(form);
    }

    private void show(ResidentForm r) {
        String name = (r.preferredName() != null ? r.preferredName() : r.legalGivenName()) + " " + r.legalFamilyName();
        add(new H1(name));
        boolean staff = !user.isPartner();
        residents.mergedInto(r.id()).ifPresent(survivor -> add(mergedBanner(r.id(), survivor)));
        if (staff) {
            var actions = new HorizontalLayout();
            var edit = new Button("Change details", e -> getUI().ifPresent(ui -> ui.navigate("residents/" + r.id() + "/edit")));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(edit);
            if (user.hasRole(Role.ADMIN, Role.MANAGER)) {
                actions.add(new Button("Merge a duplicate into this record", e -> new MergeDialog(residents, merges, r,
                        () -> getUI().ifPresent(ui -> ui.getPage().reload())).open()));
            }
            add(actions);
        }
        add(details(r));
        journeyTabs.stream().filter(t -> t.isVisibleTo(user)).sorted(Comparator.comparingInt(ResidentJourneyTab::order))
                .forEach(t -> addLazily(t, r.id()));
        add(tabs);
    }

    private final Map<Tab, Runnable> pending = new HashMap<>();

    /** Each feature's tab is built when first opened, so a page with many tabs stays quick to open. */
    private void addLazily(ResidentJourneyTab journeyTab, long residentId) {
        var holder = new Div();
        holder.setWidthFull();
        boolean first = tabs.getTabCount() == 0;
        var tab = tabs.add(journeyTab.title(), holder);
        if (first) {
            holder.add(journeyTab.create(residentId));
            tabs.addSelectedChangeListener(e -> {
                var build = pending.remove(e.getSelectedTab());
                if (build != null) {
                    build.run();
                }
            });
        } else {
            pending.put(tab, () -> holder.add(journeyTab.create(residentId)));
        }
    }

    private Component mergedBanner(long duplicateId, long survivorId) {
        var banner = new Div(new Paragraph("This record was merged into another record for the same person. "
                + "Work with that record instead."), new Anchor("residents/" + survivorId, "Open the surviving record"));
        banner.addClassName("merged-banner");
        if (user.hasRole(Role.ADMIN, Role.MANAGER)) {
            merges.latest(duplicateId).filter(m -> m.canUndo()).ifPresent(m ->
                    banner.add(new Button("Undo this merge", e -> new UndoMergeDialog(merges, duplicateId,
                            () -> getUI().ifPresent(ui -> ui.getPage().reload())).open())));
        }
        return banner;
    }

    private Component details(ResidentForm r) {
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        item(form, "Legal name", r.legalGivenName() + " " + r.legalFamilyName());
        item(form, "Preferred name", r.preferredName());
        item(form, "Date of birth", r.dateOfBirth() == null ? null
                : Dates.shortDate(r.dateOfBirth()) + " (age " + Dates.age(r.dateOfBirth()) + ")");
        item(form, "Phone", r.phone());
        item(form, "Email", r.email());
        item(form, "Address", String.join(", ", java.util.stream.Stream.of(r.addressLine1(), r.addressLine2(), r.town(), r.postcode())
                .filter(s -> s != null && !s.isBlank()).toList()));
        item(form, "Ward", r.wardCode() == null ? "Outside the City"
                : wards.byCode(r.wardCode()).map(w -> w.name()).orElse(r.wardCode()));
        item(form, "Borough", r.borough());
        item(form, "Preferred language", r.preferredLanguage() + (r.interpreterNeeded() ? " (needs an interpreter)" : ""));
        item(form, "Accessibility needs", r.accessibilityNeeds());
        if (!user.isPartner()) {
            item(form, "Household", r.householdId() == null ? null : residents.household(r.householdId())
                    .map(h -> h.name() + (r.householdRelationship() == null ? "" : " (" + r.householdRelationship().label() + ")"))
                    .orElse(null));
            item(form, "Notes", r.notes());
        }
        item(form, "Record number", String.valueOf(r.id()));
        return form;
    }

    private static void item(FormLayout form, String label, String value) {
        var text = new Span(value == null || value.isBlank() ? "Not recorded" : value);
        text.addClassName("resident-" + label.toLowerCase().replace(' ', '-'));
        form.addFormItem(text, label);
    }
}

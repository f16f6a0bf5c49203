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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.platform.MessageBundles;
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
@RolesAllowed({Access.ADMIN, Access.MANAGER, Access.OFFICER, Access.FAMILY_WORKER, Access.PARTNER})
class ResidentPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResidentService residents;
    private final ResidentMergeService merges;
    private final WardDirectory wards;
    private final List<ResidentJourneyTab> journeyTabs;
    private final BridgeworkUser user;
    final TabSheet tabs = new TabSheet();

    private final MessageBundles bundles;

    ResidentPageView(ResidentService residents, ResidentMergeService merges, WardDirectory wards,
                     List<ResidentJourneyTab> journeyTabs, CurrentUser currentUser, MessageBundles bundles) {
        this.bundles = bundles;
        this.residents = residents;
        this.merges = merges;
        this.wards = wards;
        this.journeyTabs = journeyTabs;
        this.user = currentUser.require();
        setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("residents.page.title");
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
            var edit = new Button(getTranslation("residents.page.change-details"), e -> getUI().ifPresent(ui -> ui.navigate("residents/" + r.id() + "/edit")));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(edit);
            if (user.hasRole(Role.ADMIN, Role.MANAGER)) {
                actions.add(new Button(getTranslation("residents.page.merge-duplicate"), e -> new MergeDialog(residents, merges, r,
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
        var tab = tabs.add(tabTitle(journeyTab.title()), holder);
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

    /** Tab titles are message keys; a feature not yet converted may still give plain text, shown as it is. */
    private String tabTitle(String title) {
        return title != null && bundles.hasKey(title) ? getTranslation(title) : title;
    }

    private Component mergedBanner(long duplicateId, long survivorId) {
        var banner = new Div(new Paragraph(getTranslation("residents.page.merged")),
                new Anchor("residents/" + survivorId, getTranslation("residents.page.open-survivor")));
        banner.addClassName("merged-banner");
        if (user.hasRole(Role.ADMIN, Role.MANAGER)) {
            merges.latest(duplicateId).filter(m -> m.canUndo()).ifPresent(m ->
                    banner.add(new Button(getTranslation("residents.page.undo-merge"), e -> new UndoMergeDialog(merges, duplicateId,
                            () -> getUI().ifPresent(ui -> ui.getPage().reload())).open())));
        }
        return banner;
    }

    private Component details(ResidentForm r) {
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        item(form, "legal-name", r.legalGivenName() + " " + r.legalFamilyName());
        item(form, "preferred-name", r.preferredName());
        item(form, "date-of-birth", r.dateOfBirth() == null ? null
                : getTranslation("residents.page.date-of-birth-and-age", Dates.shortDate(r.dateOfBirth()), Dates.age(r.dateOfBirth())));
        item(form, "phone", r.phone());
        item(form, "email", r.email());
        item(form, "address", String.join(", ", java.util.stream.Stream.of(r.addressLine1(), r.addressLine2(), r.town(), r.postcode())
                .filter(s -> s != null && !s.isBlank()).toList()));
        item(form, "ward", r.wardCode() == null ? getTranslation("residents.outside-the-city")
                : wards.byCode(r.wardCode()).map(w -> w.name()).orElse(r.wardCode()));
        item(form, "borough", r.borough());
        item(form, "preferred-language", r.interpreterNeeded()
                ? getTranslation("residents.page.language-with-interpreter", r.preferredLanguage()) : r.preferredLanguage());
        item(form, "accessibility-needs", r.accessibilityNeeds());
        if (!user.isPartner()) {
            item(form, "household", r.householdId() == null ? null : residents.household(r.householdId())
                    .map(h -> r.householdRelationship() == null ? h.name()
                            : getTranslation("residents.page.household-as", h.name(), ResidentTexts.relationship(this, r.householdRelationship())))
                    .orElse(null));
            item(form, "notes", r.notes());
        }
        item(form, "record-number", String.valueOf(r.id()));
        return form;
    }

    /** Each value carries a class named after its field, which stays the same in every language. */
    private void item(FormLayout form, String field, String value) {
        var text = new Span(value == null || value.isBlank() ? getTranslation("residents.page.not-recorded") : value);
        text.addClassName("resident-" + field);
        form.addFormItem(text, getTranslation("residents.page." + field));
    }
}

package org.bridgework.families.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.bridgework.families.FamilyCaseService;
import org.bridgework.families.FamilySupportService;
import org.bridgework.families.LeadWorkerContact;
import org.bridgework.residents.ResidentJourneyTab;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.Role;
import org.bridgework.security.CurrentUser;

/**
 * "Family support" on a resident's page: family workers and managers see the cases; other staff see only
 * whether the resident has a lead worker and how to contact them.
 */
@org.springframework.stereotype.Component
class FamilySupportTab implements ResidentJourneyTab {

    private final FamilyCaseService cases;
    private final FamilySupportService support;
    private final CurrentUser currentUser;

    FamilySupportTab(FamilyCaseService cases, FamilySupportService support, CurrentUser currentUser) {
        this.cases = cases;
        this.support = support;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String title() {
        return I18NProvider.translate("families.familySupportTab.familySupport");
    }

    @Override
    public boolean isVisibleTo(BridgeworkUser user) {
        return user.hasRole(Role.ADMIN, Role.MANAGER, Role.OFFICER, Role.FAMILY_WORKER);
    }

    @Override
    public Component create(long residentId) {
        var layout = new VerticalLayout();
        boolean caseworker = currentUser.get().map(u -> u.hasRole(Role.FAMILY_WORKER, Role.MANAGER)).orElse(false);
        if (caseworker) {
            var list = cases.casesForResident(residentId);
            if (list.isEmpty()) {
                layout.add(new Paragraph(I18NProvider.translate("families.familySupportTab.noFamilySupportCases")));
            }
            var ul = new UnorderedList();
            list.forEach(c -> ul.add(new ListItem(new Anchor("families/case/" + c.id(), c.familyName() + ": " + Texts.label(c.status())
                    + (c.leadWorkerName() == null ? "" : I18NProvider.translate("families.familySupportTab.leadWorker", c.leadWorkerName()))
                    + I18NProvider.translate("families.familySupportTab.referred", Formats.when(c.receivedAt()))))));
            layout.add(ul);
            return layout;
        }
        layout.add(contactLine(support.leadWorkerFor(residentId).orElse(null)));
        return layout;
    }

    private static Component contactLine(LeadWorkerContact contact) {
        return new Paragraph(contact == null ? I18NProvider.translate("families.familySupportTab.noLeadWorker")
                : I18NProvider.translate("families.familySupportTab.contactLeadWorker", contact.contactLine()));
    }
}

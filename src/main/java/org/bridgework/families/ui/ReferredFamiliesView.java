package org.bridgework.families.ui;

import org.bridgework.platform.ui.GridRows;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.families.PartnerReferral;
import org.bridgework.families.PartnerReferralService;
import org.bridgework.security.Access;

/** For partner staff: the families referred to their organisation, and nothing else. */
@Route("families/referred")
@Menu(order = 42, icon = "vaadin:family", title = "families.menu.referredFamilies")
@RolesAllowed(Access.PARTNER)
class ReferredFamiliesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<PartnerReferral> grid = new Grid<>();

    ReferredFamiliesView(PartnerReferralService partners) {
        add(new H1(getTranslation("families.referredFamilies.familiesReferredToYou")));
        grid.addComponentColumn(r -> new Anchor("families/case/" + r.caseId(), getTranslation("families.referredFamilies.caseNumber", String.valueOf(r.caseId())))).setHeader(getTranslation("families.referredFamilies.case"));
        grid.addColumn(PartnerReferral::scope).setHeader(getTranslation("families.referredFamilies.askedTo")).setFlexGrow(3);
        grid.addColumn(r -> Texts.label(r.status())).setHeader(getTranslation("families.referredFamilies.status"));
        grid.addColumn(r -> Formats.when(r.referredAt())).setHeader(getTranslation("families.referredFamilies.referred"));
        GridRows.openOnActivate(grid, r -> getUI().ifPresent(ui -> ui.navigate("families/case/" + r.caseId())));
        grid.setItems(q -> partners.referredToMe(q.getOffset(), q.getLimit()).stream());
        grid.setAriaLabel(getTranslation("families.referredFamilies.referredFamilies"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("families.referredFamilies.pageTitle");
    }
}

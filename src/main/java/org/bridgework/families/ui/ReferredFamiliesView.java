package org.bridgework.families.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.families.PartnerReferral;
import org.bridgework.families.PartnerReferralService;
import org.bridgework.security.Access;

/** For partner staff: the families referred to their organisation, and nothing else. */
@Route("families/referred")
@PageTitle("Referred families | Bridgework")
@Menu(order = 42, icon = "vaadin:family", title = "Referred families")
@RolesAllowed(Access.PARTNER)
class ReferredFamiliesView extends VerticalLayout {

    final Grid<PartnerReferral> grid = new Grid<>();

    ReferredFamiliesView(PartnerReferralService partners) {
        add(new H1("Families referred to you"));
        grid.addComponentColumn(r -> new Anchor("families/case/" + r.caseId(), "Case " + r.caseId())).setHeader("Case");
        grid.addColumn(PartnerReferral::scope).setHeader("Asked to").setFlexGrow(3);
        grid.addColumn(r -> r.status().label()).setHeader("Status");
        grid.addColumn(r -> Formats.when(r.referredAt())).setHeader("Referred");
        grid.setItems(q -> partners.referredToMe(q.getOffset(), q.getLimit()).stream());
        grid.setAriaLabel("Referred families");
        add(grid);
    }
}

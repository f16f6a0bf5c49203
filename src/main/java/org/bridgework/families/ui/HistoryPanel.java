package org.bridgework.families.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.bridgework.families.CaseTransition;
import org.bridgework.families.FamilyCaseService;

/** Every status change: who, when and why. */
class HistoryPanel extends VerticalLayout {

    HistoryPanel(FamilyCaseService cases, long caseId) {
        var grid = new Grid<CaseTransition>();
        grid.addColumn(t -> Formats.when(t.occurredAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(t -> (t.from() == null ? "" : t.from().label() + " to ") + t.to().label()).setHeader("Change");
        grid.addColumn(CaseTransition::actor).setHeader("By");
        grid.addColumn(CaseTransition::reason).setHeader("Why").setFlexGrow(3);
        grid.setItems(cases.transitions(caseId));
        grid.setAriaLabel("Case history");
        grid.setAllRowsVisible(true);
        add(grid);
    }
}

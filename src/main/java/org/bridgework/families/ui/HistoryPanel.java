package org.bridgework.families.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.bridgework.families.CaseTransition;
import org.bridgework.families.FamilyCaseService;

/** Every status change: who, when and why. */
class HistoryPanel extends VerticalLayout {

    HistoryPanel(FamilyCaseService cases, long caseId) {
        var grid = new Grid<CaseTransition>();
        grid.addColumn(t -> Formats.when(t.occurredAt())).setHeader(getTranslation("families.history.when")).setAutoWidth(true);
        grid.addColumn(t -> t.from() == null ? Texts.label(t.to()) : getTranslation("families.history.fromTo", Texts.label(t.from()), Texts.label(t.to()))).setHeader(getTranslation("families.history.change"));
        grid.addColumn(CaseTransition::actor).setHeader(getTranslation("families.history.by"));
        grid.addColumn(CaseTransition::reason).setHeader(getTranslation("families.history.why")).setFlexGrow(3);
        grid.setItems(cases.transitions(caseId));
        grid.setAriaLabel(getTranslation("families.history.caseHistory"));
        grid.setAllRowsVisible(true);
        add(grid);
    }
}

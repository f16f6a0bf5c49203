package org.bridgework.timecredits.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.bridgework.timecredits.StatementLine;

/** A statement: newest first, each line with the balance after it. */
class StatementGrid extends Grid<StatementLine> {

    StatementGrid() {
        addColumn(l -> Texts.dateTime(l.occurredAt())).setHeader(getTranslation("timecredits.statementGrid.date")).setAutoWidth(true);
        addColumn(l -> Texts.label(l.type())).setHeader(getTranslation("timecredits.statementGrid.type")).setAutoWidth(true);
        addColumn(StatementLine::description).setHeader(getTranslation("timecredits.statementGrid.description")).setFlexGrow(1);
        addColumn(l -> (l.amount() > 0 ? "+" : "") + l.amount()).setHeader(getTranslation("timecredits.statementGrid.credits")).setAutoWidth(true);
        addColumn(l -> Texts.number(l.balanceAfter())).setHeader(getTranslation("timecredits.statementGrid.balance")).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAriaLabel(getTranslation("timecredits.statementGrid.statement"));
        setAllRowsVisible(false);
        setHeight("22rem");
    }
}

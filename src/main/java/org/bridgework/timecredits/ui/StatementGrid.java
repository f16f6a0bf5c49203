package org.bridgework.timecredits.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.bridgework.timecredits.StatementLine;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A statement: newest first, each line with the balance after it. */
class StatementGrid extends Grid<StatementLine> {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.of("Europe/London"));

    StatementGrid() {
        addColumn(l -> WHEN.format(l.occurredAt())).setHeader("Date").setAutoWidth(true);
        addColumn(l -> l.type().label()).setHeader("Type").setAutoWidth(true);
        addColumn(StatementLine::description).setHeader("Description").setFlexGrow(1);
        addColumn(l -> (l.amount() > 0 ? "+" : "") + l.amount()).setHeader("Credits").setAutoWidth(true);
        addColumn(StatementLine::balanceAfter).setHeader("Balance").setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAriaLabel("Statement");
        setAllRowsVisible(false);
        setHeight("22rem");
    }
}

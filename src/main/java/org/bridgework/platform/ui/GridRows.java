package org.bridgework.platform.ui;

import com.vaadin.flow.component.grid.Grid;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One behaviour for every grid whose row opens something: a click, Space or Enter on any cell of the row opens it.
 * The grid's own keyboard handling turns Space into a click but Enter only moves focus into a link in the cell (or
 * does nothing in a plain cell), so keyboard users could reach a row and never open it.
 */
public final class GridRows {

    /** Only Enter pressed on a cell itself: inside a link or button the control's own Enter already acts. */
    private static final String ENTER_ON_A_BODY_CELL = "event.key === 'Enter' && !!event.composedPath()[0].part && event.composedPath()[0].part.contains('body-cell')";

    private GridRows() {
    }

    public static <T> void openOnActivate(Grid<T> grid, Consumer<T> open) {
        var focused = new AtomicReference<T>();
        grid.addCellFocusListener(e -> focused.set(e.getItem().orElse(null)));
        grid.getElement().addEventListener("keydown", e -> {
            T item = focused.get();
            if (item != null) {
                open.accept(item);
            }
        }).setFilter(ENTER_ON_A_BODY_CELL);
        grid.addItemClickListener(e -> open.accept(e.getItem()));
    }
}

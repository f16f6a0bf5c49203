package org.bridgework.reports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmallNumberSuppressionTest {

    private final SmallNumberSuppression five = new SmallNumberSuppression(5);

    @Test
    void aTableWithNoSmallNumbersShowsEverything() {
        var t = five.apply(new long[][]{{10, 6}, {7, 9}});
        assertThat(t.cell(0, 0)).isEqualTo(new SmallNumberSuppression.Cell(10, false));
        assertThat(t.rowTotals()).extracting(SmallNumberSuppression.Cell::value).containsExactly(16L, 16L);
        assertThat(t.columnTotals()).extracting(SmallNumberSuppression.Cell::value).containsExactly(17L, 15L);
        assertThat(t.grandTotal()).isEqualTo(new SmallNumberSuppression.Cell(32, false));
        assertThat(hiddenCells(t)).isZero();
    }

    /*
     * 10  3  8 | 21        the 3 is hidden; row 0 then hides its next smallest (8), column 1 its next (9),
     *  7  9 12 | 28        and column 2, now with one hidden cell, hides 12. Every line has 0 or 2 hidden.
     * 17 12 20 | 49
     */
    @Test
    void secondarySuppressionHidesTheNextSmallestInTheSameRowAndColumn() {
        var t = five.apply(new long[][]{{10, 3, 8}, {7, 9, 12}});
        assertThat(hidden(t, 0)).containsExactly(false, true, true);
        assertThat(hidden(t, 1)).containsExactly(false, true, true);
        assertThat(t.rowTotals()).extracting(SmallNumberSuppression.Cell::suppressed).containsExactly(false, false);
        assertThat(t.columnTotals()).extracting(SmallNumberSuppression.Cell::suppressed).containsExactly(false, false, false);
        assertThat(t.display(t.cell(0, 1))).isEqualTo("fewer than 5");
        assertThat(t.display(t.cell(0, 0))).isEqualTo("10");
    }

    /*
     *  3 |  3     the 3 and its row total are hidden (both small); column 0 then hides the 20, and row 1,
     * 20 | 20     with only its cell hidden and no other cell left, hides its total.
     * 23 | 23
     */
    @Test
    void whenNoCellIsLeftInTheLineTheTotalIsHidden() {
        var t = five.apply(new long[][]{{3}, {20}});
        assertThat(t.cell(0, 0).suppressed()).isTrue();
        assertThat(t.cell(1, 0).suppressed()).isTrue();
        assertThat(t.rowTotals()).extracting(SmallNumberSuppression.Cell::suppressed).containsExactly(true, true);
        assertThat(t.columnTotals()[0]).isEqualTo(new SmallNumberSuppression.Cell(23, false));
        assertThat(t.grandTotal().suppressed()).isFalse();
    }

    /* A zero is under five too; its row partner (6) and column partner (7) follow, then the 8 closes the square. */
    @Test
    void zeroCountsAsSmall() {
        var t = five.apply(new long[][]{{0, 6}, {7, 8}});
        assertThat(hiddenCells(t)).isEqualTo(4);
        assertThat(t.rowTotals()).extracting(SmallNumberSuppression.Cell::value).containsExactly(6L, 15L);
        assertThat(t.rowTotals()).extracting(SmallNumberSuppression.Cell::suppressed).containsExactly(false, false);
    }

    /*
     *  2  3 30     row 0 has two small cells, so it needs nothing more; column 0 then hides 9 and column 1 hides 6;
     *  9 11 40     that leaves rows 1 and 2 with one hidden each, so they hide 11 and 12. Column 2 stays shown.
     * 12  6 50
     */
    @Test
    void twoSmallCellsInARowProtectEachOtherButTheirColumnsStillNeedPartners() {
        var t = five.apply(new long[][]{{2, 3, 30}, {9, 11, 40}, {12, 6, 50}});
        assertThat(hidden(t, 0)).containsExactly(true, true, false);
        assertThat(hidden(t, 1)).containsExactly(true, true, false);
        assertThat(hidden(t, 2)).containsExactly(true, true, false);
        assertThat(everyLineSafe(t)).isTrue();
    }

    @Test
    void aMinimumBelowOneIsRefused() {
        assertThatThrownBy(() -> new SmallNumberSuppression(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean[] hidden(SmallNumberSuppression.Table t, int row) {
        var cells = t.cells()[row];
        boolean[] out = new boolean[cells.length];
        for (int c = 0; c < cells.length; c++) {
            out[c] = cells[c].suppressed();
        }
        return out;
    }

    private static int hiddenCells(SmallNumberSuppression.Table t) {
        int n = 0;
        for (var row : t.cells()) {
            for (var c : row) {
                n += c.suppressed() ? 1 : 0;
            }
        }
        return n;
    }

    private static boolean everyLineSafe(SmallNumberSuppression.Table t) {
        for (int r = 0; r < t.cells().length; r++) {
            int n = t.rowTotals()[r].suppressed() ? 1 : 0;
            for (var c : t.cells()[r]) {
                n += c.suppressed() ? 1 : 0;
            }
            if (n == 1) {
                return false;
            }
        }
        for (int c = 0; c < t.columnTotals().length; c++) {
            int n = t.columnTotals()[c].suppressed() ? 1 : 0;
            for (var row : t.cells()) {
                n += row[c].suppressed() ? 1 : 0;
            }
            if (n == 1) {
                return false;
            }
        }
        return true;
    }
}

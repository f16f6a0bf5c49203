package org.bridgework.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * Hides small counts in a two-way table so that no person can be picked out. Primary suppression hides every
 * cell (and total) under the minimum; secondary suppression then makes sure no hidden number can be worked out by
 * subtraction: each row and column (with its total) is an equation, and an equation with exactly one hidden member
 * gets its next smallest member hidden too (an inner cell before the total), until every equation is safe.
 */
public final class SmallNumberSuppression {

    private final int minCellSize;

    public SmallNumberSuppression(int minCellSize) {
        if (minCellSize < 1) {
            throw new IllegalArgumentException("The minimum cell size must be at least 1");
        }
        this.minCellSize = minCellSize;
    }

    /** One shown or hidden number. */
    public record Cell(long value, boolean suppressed) {
        public String display(int minCellSize) {
            return suppressed ? "fewer than " + minCellSize : Long.toString(value);
        }
    }

    /** The table with its totals; {@code cells[r][c]}, {@code rowTotals[r]}, {@code columnTotals[c]}. */
    public record Table(Cell[][] cells, Cell[] rowTotals, Cell[] columnTotals, Cell grandTotal, int minCellSize) {
        public Cell cell(int row, int column) {
            return cells[row][column];
        }

        /** How to show a hidden cell: "fewer than 5" for a primary one; secondary ones are hidden the same way. */
        public String display(Cell cell) {
            return cell.display(minCellSize);
        }
    }

    public int minCellSize() {
        return minCellSize;
    }

    public Table apply(long[][] counts) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        // index layout: inner cells r*columns+c, then row totals, then column totals, then the grand total
        int size = rows * columns + rows + columns + 1;
        long[] value = new long[size];
        boolean[] hidden = new boolean[size];
        long grand = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                value[r * columns + c] = counts[r][c];
                value[rowTotal(rows, columns, r)] += counts[r][c];
                value[columnTotal(rows, columns, c)] += counts[r][c];
                grand += counts[r][c];
            }
        }
        value[size - 1] = grand;
        for (int i = 0; i < size; i++) {
            hidden[i] = value[i] < minCellSize;
        }
        List<int[]> lines = lines(rows, columns);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] line : lines) {
                int hiddenCount = 0;
                for (int i : line) {
                    if (hidden[i]) {
                        hiddenCount++;
                    }
                }
                if (hiddenCount == 1) {
                    int pick = nextSmallest(line, value, hidden);
                    if (pick >= 0) {
                        hidden[pick] = true;
                        changed = true;
                    }
                }
            }
        }
        var cells = new Cell[rows][columns];
        var rowTotals = new Cell[rows];
        var columnTotals = new Cell[columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                cells[r][c] = new Cell(value[r * columns + c], hidden[r * columns + c]);
            }
            rowTotals[r] = new Cell(value[rowTotal(rows, columns, r)], hidden[rowTotal(rows, columns, r)]);
        }
        for (int c = 0; c < columns; c++) {
            columnTotals[c] = new Cell(value[columnTotal(rows, columns, c)], hidden[columnTotal(rows, columns, c)]);
        }
        return new Table(cells, rowTotals, columnTotals, new Cell(grand, hidden[size - 1]), minCellSize);
    }

    /** Each row with its total, each column with its total, and the totals row and column with the grand total. */
    private static List<int[]> lines(int rows, int columns) {
        var lines = new ArrayList<int[]>();
        for (int r = 0; r < rows; r++) {
            int[] line = new int[columns + 1];
            for (int c = 0; c < columns; c++) {
                line[c] = r * columns + c;
            }
            line[columns] = rowTotal(rows, columns, r);
            lines.add(line);
        }
        for (int c = 0; c < columns; c++) {
            int[] line = new int[rows + 1];
            for (int r = 0; r < rows; r++) {
                line[r] = r * columns + c;
            }
            line[rows] = columnTotal(rows, columns, c);
            lines.add(line);
        }
        int grand = rows * columns + rows + columns;
        int[] totalsRow = new int[columns + 1];
        for (int c = 0; c < columns; c++) {
            totalsRow[c] = columnTotal(rows, columns, c);
        }
        totalsRow[columns] = grand;
        lines.add(totalsRow);
        int[] totalsColumn = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
            totalsColumn[r] = rowTotal(rows, columns, r);
        }
        totalsColumn[rows] = grand;
        lines.add(totalsColumn);
        return lines;
    }

    /** The smallest shown member, preferring the line's inner cells; the total (last) only when no cell is left. */
    private static int nextSmallest(int[] line, long[] value, boolean[] hidden) {
        int pick = -1;
        for (int k = 0; k < line.length - 1; k++) {
            int i = line[k];
            if (!hidden[i] && (pick < 0 || value[i] < value[pick])) {
                pick = i;
            }
        }
        int total = line[line.length - 1];
        return pick >= 0 ? pick : (hidden[total] ? -1 : total);
    }

    private static int rowTotal(int rows, int columns, int r) {
        return rows * columns + r;
    }

    private static int columnTotal(int rows, int columns, int c) {
        return rows * columns + rows + c;
    }
}

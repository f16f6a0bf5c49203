package org.bridgework.reports;

import org.bridgework.reports.OutcomeReport.Category;
import org.bridgework.reports.OutcomeReport.Cell;
import org.bridgework.reports.OutcomeReport.Figure;
import org.bridgework.reports.OutcomeReport.Line;
import org.bridgework.reports.OutcomeReport.Section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns raw tallies into the report model, hiding small numbers. For each measure the headings-by-categories
 * table goes through {@link SmallNumberSuppression} (primary and secondary). An outcome's figure is then hidden
 * when it is small itself or when any of its headings' figures in the same column is hidden, because otherwise
 * the outcome less its other headings would give the hidden one away. Averages are hidden when taken over fewer
 * cases than the minimum; they cannot be added or subtracted, so they need no secondary suppression.
 */
final class ReportAssembler {

    /** The strategy's structure: outcomes in order, each with its headings in order. */
    record Outcome(long id, String title, List<Heading> headings) {
    }

    record Heading(long id, String title) {
    }

    private final SmallNumberSuppression suppression;
    private final int min;

    ReportAssembler(int minCellSize) {
        this.suppression = new SmallNumberSuppression(minCellSize);
        this.min = minCellSize;
    }

    /** Hidden flags of one period for one measure. */
    private record Hidden(Map<Long, boolean[]> headingCells, Map<Long, Boolean> headingTotals,
                          Map<Long, boolean[]> outcomeCells, Map<Long, Boolean> outcomeTotals,
                          boolean[] categoryTotals, boolean grand) {
    }

    OutcomeReport assemble(ReportPeriod period, ReportPeriod previousPeriod, Breakdown breakdown, List<Category> categories,
                           List<Outcome> strategy, Tally now, Tally before, String overallTitle, String scopeLabel) {
        var sections = new ArrayList<Section>();
        var overall = new ArrayList<Line>();
        Map<Measure, Hidden> hiddenNow = new LinkedHashMap<>();
        Map<Measure, Hidden> hiddenBefore = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            var columns = m.splitsBy(breakdown) ? categories : List.<Category>of();
            hiddenNow.put(m, hide(m, strategy, columns, now, before));
            if (before != null) {
                hiddenBefore.put(m, hide(m, strategy, columns, before, now));
            }
        }
        for (Outcome o : strategy) {
            var lines = new ArrayList<Line>();
            for (Measure m : Measure.values()) {
                if (m == Measure.RESIDENTS_REACHED || present(m, Tally.of(now.outcomeTotals, o.id()), before == null ? null : Tally.of(before.outcomeTotals, o.id()))) {
                    lines.add(line(breakdown, null, o.title(), m, categories, now, before, hiddenNow.get(m), hiddenBefore.get(m),
                            (t, k) -> Tally.of(t.outcomeCells.getOrDefault(o.id(), Map.of()), k), t -> Tally.of(t.outcomeTotals, o.id()),
                            (h, c) -> h.outcomeCells().get(o.id())[c], h -> h.outcomeTotals().get(o.id())));
                }
            }
            for (Heading h : o.headings()) {
                for (Measure m : Measure.values()) {
                    if (present(m, Tally.of(now.headingTotals, h.id()), before == null ? null : Tally.of(before.headingTotals, h.id()))) {
                        lines.add(line(breakdown, h.id(), h.title(), m, categories, now, before, hiddenNow.get(m), hiddenBefore.get(m),
                                (t, k) -> Tally.of(t.headingCells.getOrDefault(h.id(), Map.of()), k), t -> Tally.of(t.headingTotals, h.id()),
                                (x, c) -> x.headingCells().get(h.id())[c], x -> x.headingTotals().get(h.id())));
                    }
                }
            }
            sections.add(new Section(o.id(), o.title(), lines));
        }
        for (Measure m : Measure.values()) {
            if (m == Measure.RESIDENTS_REACHED || present(m, now.grand, before == null ? null : before.grand)) {
                overall.add(line(breakdown, null, overallTitle, m, categories, now, before, hiddenNow.get(m), hiddenBefore.get(m),
                        (t, k) -> Tally.of(t.categoryTotals, k), t -> t.grand, (x, c) -> x.categoryTotals()[c], Hidden::grand));
            }
        }
        return new OutcomeReport(period, previousPeriod, breakdown, categories, sections, new Section(null, overallTitle, overall),
                min, scopeLabel);
    }

    private interface CellValues {
        long[] of(Tally tally, String category);
    }

    private interface TotalValues {
        long[] of(Tally tally);
    }

    private interface CellHidden {
        boolean of(Hidden hidden, int column);
    }

    private interface TotalHidden {
        boolean of(Hidden hidden);
    }

    private Line line(Breakdown breakdown, Long headingId, String label, Measure m, List<Category> categories, Tally now, Tally before,
                      Hidden hiddenNow, Hidden hiddenBefore, CellValues cells, TotalValues total, CellHidden cellHidden,
                      TotalHidden totalHidden) {
        var figures = new ArrayList<Figure>();
        int columns = m.splitsBy(breakdown) ? categories.size() : 0;
        for (int c = 0; c < columns; c++) {
            String k = categories.get(c).code();
            figures.add(new Figure(cell(m, cells.of(now, k), cellHidden.of(hiddenNow, c)),
                    before == null ? null : cell(m, cells.of(before, k), cellHidden.of(hiddenBefore, c))));
        }
        var totalFigure = new Figure(cell(m, total.of(now), totalHidden.of(hiddenNow)),
                before == null ? null : cell(m, total.of(before), totalHidden.of(hiddenBefore)));
        return new Line(headingId, label, m, figures, totalFigure);
    }

    private static Cell cell(Measure m, long[] values, boolean hidden) {
        return new Cell(hidden ? 0 : Tally.amount(m, values), hidden);
    }

    private static boolean present(Measure m, long[] now, long[] before) {
        return Tally.base(m, now) != 0 || (before != null && Tally.base(m, before) != 0);
    }

    /**
     * Only headings the report shows take part: a heading left out is known to be zero, so counting it as a
     * hiding partner would protect nothing.
     */
    private Hidden hide(Measure m, List<Outcome> strategy, List<Category> categories, Tally tally, Tally other) {
        var headings = strategy.stream().flatMap(o -> o.headings().stream())
                .filter(h -> present(m, Tally.of(tally.headingTotals, h.id()), other == null ? null : Tally.of(other.headingTotals, h.id())))
                .toList();
        int columns = categories.size();
        // a line with no columns is suppressed as a table of its totals alone
        long[][] counts = new long[headings.size()][Math.max(columns, 1)];
        for (int r = 0; r < headings.size(); r++) {
            var cells = tally.headingCells.getOrDefault(headings.get(r).id(), Map.of());
            for (int c = 0; c < columns; c++) {
                counts[r][c] = Tally.base(m, Tally.of(cells, categories.get(c).code()));
            }
            if (columns == 0) {
                counts[r][0] = Tally.base(m, Tally.of(tally.headingTotals, headings.get(r).id()));
            }
        }
        var headingCells = new LinkedHashMap<Long, boolean[]>();
        var headingTotals = new LinkedHashMap<Long, Boolean>();
        boolean[] categoryTotals = new boolean[columns];
        boolean grand;
        if (m.average()) {
            for (int r = 0; r < headings.size(); r++) {
                boolean[] row = new boolean[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = counts[r][c] < min;
                }
                headingCells.put(headings.get(r).id(), row);
                headingTotals.put(headings.get(r).id(), small(m, Tally.of(tally.headingTotals, headings.get(r).id())));
            }
            for (int c = 0; c < columns; c++) {
                categoryTotals[c] = small(m, Tally.of(tally.categoryTotals, categories.get(c).code()));
            }
            grand = small(m, tally.grand);
        } else {
            var table = suppression.apply(counts);
            for (int r = 0; r < headings.size(); r++) {
                boolean[] row = new boolean[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = table.cell(r, c).suppressed();
                }
                long id = headings.get(r).id();
                headingCells.put(id, row);
                headingTotals.put(id, table.rowTotals()[r].suppressed() || small(m, Tally.of(tally.headingTotals, id)));
            }
            for (int c = 0; c < columns; c++) {
                // with no heading shown the table has no columns at all
                categoryTotals[c] = (c < table.columnTotals().length && table.columnTotals()[c].suppressed())
                        || small(m, Tally.of(tally.categoryTotals, categories.get(c).code()));
            }
            grand = table.grandTotal().suppressed() || small(m, tally.grand);
        }
        var outcomeCells = new LinkedHashMap<Long, boolean[]>();
        var outcomeTotals = new LinkedHashMap<Long, Boolean>();
        for (Outcome o : strategy) {
            boolean[] row = new boolean[columns];
            var cells = tally.outcomeCells.getOrDefault(o.id(), Map.of());
            for (int c = 0; c < columns; c++) {
                final int column = c;
                row[c] = small(m, Tally.of(cells, categories.get(c).code()))
                        || (!m.average() && o.headings().stream().anyMatch(h -> headingCells.containsKey(h.id()) && headingCells.get(h.id())[column]));
            }
            outcomeCells.put(o.id(), row);
            outcomeTotals.put(o.id(), small(m, Tally.of(tally.outcomeTotals, o.id()))
                    || (!m.average() && o.headings().stream().anyMatch(h -> headingTotals.getOrDefault(h.id(), false))));
        }
        return new Hidden(headingCells, headingTotals, outcomeCells, outcomeTotals, categoryTotals, grand);
    }

    private boolean small(Measure m, long[] values) {
        return Tally.base(m, values) < min;
    }
}

package org.bridgework.reports;

import java.util.List;

/**
 * The strategy outcome report exactly as the screen and every export show it: suppression has already been applied,
 * so a hidden figure is hidden everywhere. {@code previous} is null unless the report compares with the period before.
 */
public record OutcomeReport(ReportPeriod period, ReportPeriod previous, Breakdown breakdown, List<Category> categories,
                            List<Section> outcomes, Section overall, int minCellSize, String scopeLabel) {

    public boolean compared() {
        return previous != null;
    }

    /** One column of a breakdown; {@code code} is empty for "not known". */
    public record Category(String code, String label) {
    }

    /** An outcome with its own lines and its headings' lines; the overall section has no id. */
    public record Section(Long outcomeId, String title, List<Line> lines) {
    }

    /** One measure for an outcome or a heading, per category and in total. */
    public record Line(Long headingId, String label, Measure measure, List<Figure> cells, Figure total) {
        public boolean outcomeLevel() {
            return headingId == null;
        }
    }

    /** A figure now and (when compared) in the previous period. */
    public record Figure(Cell current, Cell previous) {
        /** The change, only when both figures are shown: a change next to a hidden figure would give it away. */
        public Long change() {
            if (previous == null || current.suppressed() || previous.suppressed()) {
                return null;
            }
            return current.amount() - previous.amount();
        }
    }

    /** One number; {@code suppressed} numbers are never shown or exported. */
    public record Cell(long amount, boolean suppressed) {
    }
}

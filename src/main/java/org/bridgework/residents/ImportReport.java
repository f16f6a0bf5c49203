package org.bridgework.residents;

import java.util.List;

/**
 * What an import found and did. Rows are numbered as in a spreadsheet: row 1 holds the headings.
 * When {@code errors} is not empty nothing was saved.
 */
public record ImportReport(int rows, int saved, List<Problem> errors, List<Problem> likelyDuplicates) {

    public record Problem(int row, String field, String message) {
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}

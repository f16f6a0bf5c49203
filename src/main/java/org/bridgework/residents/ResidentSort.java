package org.bridgework.residents;

import java.util.ArrayList;
import java.util.List;

/** Orders of the resident grid, each served by an index. */
public enum ResidentSort {
    NAME("ix_resident_live_name", false, "family_name_key", "given_name_key", "id"),
    NAME_DESCENDING("ix_resident_live_name", true, "family_name_key", "given_name_key", "id"),
    OLDEST_FIRST("ix_resident_live_dob", false, "date_of_birth", "id"),
    YOUNGEST_FIRST("ix_resident_live_dob", true, "date_of_birth", "id");

    private final String seekIndex;
    private final boolean descending;
    private final List<String> columns;

    ResidentSort(String seekIndex, boolean descending, String... columns) {
        this.seekIndex = seekIndex;
        this.descending = descending;
        this.columns = List.of(columns);
    }

    /**
     * The index that answers a seek as a range. Left to itself MariaDB reads this live-resident index from the
     * start of the "not merged" group and filters (424,737 rows for a seek half-way through London's million);
     * named in a hint, it starts right at the bookmark (11 index pages), and unlike the plain name or birth-date
     * index it holds the "not merged" flag, so it needs no row lookups (3,062 pages).
     */
    String seekIndex() {
        return seekIndex;
    }

    String orderBy() {
        return String.join(", ", columns.stream().map(c -> descending ? c + " desc" : c).toList());
    }

    List<String> columns() {
        return columns;
    }

    /**
     * The rows that come after a row with these sort values, as a condition MariaDB can answer by a range over the
     * sort index. MariaDB orders nulls first, so "after null" ascending is "not null", and descending nothing but
     * further nulls (which the next column decides).
     */
    String after(List<Object> values, List<Object> params) {
        var branches = new ArrayList<String>();
        for (int i = 0; i < columns.size(); i++) {
            var branch = new ArrayList<String>();
            var branchParams = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                if (values.get(j) == null) {
                    branch.add(columns.get(j) + " is null");
                } else {
                    branch.add(columns.get(j) + " = ?");
                    branchParams.add(values.get(j));
                }
            }
            String column = columns.get(i);
            Object value = values.get(i);
            if (value == null) {
                if (descending) {
                    continue;
                }
                branch.add(column + " is not null");
            } else {
                branch.add(descending ? "(" + column + " < ? or " + column + " is null)" : column + " > ?");
                branchParams.add(value);
            }
            branches.add("(" + String.join(" and ", branch) + ")");
            params.addAll(branchParams);
        }
        return branches.isEmpty() ? "1=0" : "(" + String.join(" or ", branches) + ")";
    }
}

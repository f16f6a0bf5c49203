package org.bridgework.residents;

/** Orders of the resident grid, each served by an index. */
public enum ResidentSort {
    NAME("family_name_key, given_name_key, id"),
    NAME_DESCENDING("family_name_key desc, given_name_key desc, id desc"),
    OLDEST_FIRST("date_of_birth, id"),
    YOUNGEST_FIRST("date_of_birth desc, id desc");

    private final String orderBy;

    ResidentSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}

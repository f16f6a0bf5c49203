package org.bridgework.reports;

/**
 * What each figure can be split by. Ward and age band are where a participant lives and how old they are at the
 * end of the period; sessions are placed by the ward of their venue. The equality fields come from the privacy
 * feature's monitoring answers and are shown only as suppressed counts.
 */
public enum Breakdown {
    NONE(null), WARD(null), AGE_BAND(null), PROGRAMME(null), ORGANISATION(null),
    ETHNICITY("ethnicity"), DISABILITY("disability"), SEX("sex"), GENDER_SAME_AS_BIRTH("gender_same_as_birth"),
    SEXUAL_ORIENTATION("sexual_orientation"), RELIGION("religion");

    private final String equalityColumn;

    Breakdown(String equalityColumn) {
        this.equalityColumn = equalityColumn;
    }

    public boolean equality() {
        return equalityColumn != null;
    }

    String equalityColumn() {
        return equalityColumn;
    }
}

package org.bridgework.activities;

public enum Frequency {
    ONCE("One-off"),
    WEEKLY("Every week"),
    FORTNIGHTLY("Every two weeks"),
    MONTHLY_BY_WEEKDAY("Monthly, on the same weekday (for example the 2nd Tuesday)"),
    MONTHLY_BY_DATE("Monthly, on the same date");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

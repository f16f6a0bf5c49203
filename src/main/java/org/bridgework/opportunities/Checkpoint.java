package org.bridgework.opportunities;

public enum Checkpoint {
    FIRST_CONTACT("At first contact"),
    SIX_MONTHS("6-month follow-up"),
    TWELVE_MONTHS("12-month follow-up");

    private final String label;

    Checkpoint(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

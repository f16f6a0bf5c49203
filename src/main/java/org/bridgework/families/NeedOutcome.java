package org.bridgework.families;

public enum NeedOutcome {
    ACHIEVED("Achieved"),
    PARTLY("Partly achieved"),
    NOT_ACHIEVED("Not achieved");

    private final String label;

    NeedOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

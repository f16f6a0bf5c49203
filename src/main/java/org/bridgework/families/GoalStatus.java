package org.bridgework.families;

public enum GoalStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    DROPPED("Dropped");

    private final String label;

    GoalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

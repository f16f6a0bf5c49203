package org.bridgework.opportunities;

public enum EmploymentStatus {
    UNEMPLOYED("Unemployed"),
    EMPLOYED("Employed"),
    SELF_EMPLOYED("Self-employed"),
    IN_EDUCATION_OR_TRAINING("In education or training"),
    NOT_LOOKING("Not looking for work");

    private final String label;

    EmploymentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isWorking() {
        return this == EMPLOYED || this == SELF_EMPLOYED;
    }
}

package org.bridgework.families;

public enum CaseStatus {
    REFERRED("Referred"),
    TRIAGE("Triage"),
    ASSESSMENT("Assessment"),
    ACTIVE("Active"),
    REVIEW("Review"),
    CLOSED("Closed");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

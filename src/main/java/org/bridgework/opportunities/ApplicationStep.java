package org.bridgework.opportunities;

/** A referral moves one step at a time to completion, or is withdrawn from any step still open. */
public enum ApplicationStep {
    REFERRED("Referred"),
    APPLIED("Applied"),
    INTERVIEW("Interview"),
    OFFERED("Offered"),
    STARTED("Started"),
    COMPLETED("Completed"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ApplicationStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this != COMPLETED && this != WITHDRAWN;
    }

    public boolean canMoveTo(ApplicationStep next) {
        if (!isOpen()) {
            return false;
        }
        if (next == WITHDRAWN) {
            return true;
        }
        return next.ordinal() == ordinal() + 1;
    }
}

package org.bridgework.opportunities;

/** Draft, then published, then closed; a closed opportunity may be reopened (with a reason). */
public enum OpportunityStatus {
    DRAFT("Draft"),
    PUBLISHED("Published"),
    CLOSED("Closed");

    private final String label;

    OpportunityStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canMoveTo(OpportunityStatus next) {
        return switch (this) {
            case DRAFT -> next == PUBLISHED;
            case PUBLISHED -> next == CLOSED;
            case CLOSED -> next == PUBLISHED;
        };
    }
}

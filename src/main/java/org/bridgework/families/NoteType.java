package org.bridgework.families;

public enum NoteType {
    VISIT("Visit", true),
    CALL("Call", true),
    MEETING("Meeting", true),
    OTHER("Other", false);

    private final String label;
    private final boolean contact;

    NoteType(String label, boolean contact) {
        this.label = label;
        this.contact = contact;
    }

    public String label() {
        return label;
    }

    /** Whether a note of this type counts as contact with the family, for time to first contact. */
    public boolean isContact() {
        return contact;
    }
}

package org.bridgework.consent;

/** How a consent, or its withdrawal, reached us: evidence if it is ever questioned. */
public enum RecordedHow {
    PAPER_FORM("Paper form"),
    VERBAL_IN_PERSON("Verbally, in person"),
    TELEPHONE("By telephone"),
    ONLINE_FORM("Online form"),
    EMAIL("By email"),
    LETTER("By letter");

    private final String label;

    RecordedHow(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

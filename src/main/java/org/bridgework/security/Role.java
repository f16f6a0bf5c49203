package org.bridgework.security;

/** The kinds of user. What each may do is written down once, in {@link Access}. */
public enum Role {
    ADMIN("Administrator"),
    MANAGER("Manager"),
    OFFICER("Community engagement officer"),
    FAMILY_WORKER("Family worker"),
    PARTNER("Partner organisation staff"),
    VOLUNTEER("Volunteer");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}

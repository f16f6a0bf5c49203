package org.bridgework.activities;

/** A person's mark on a register. Present and late both count as having attended. */
public enum Mark {
    PRESENT("Present"), LATE("Late"), ABSENT("Absent");

    private final String label;

    Mark(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean attended() {
        return this != ABSENT;
    }
}

package org.bridgework.privacy;

/** Whether the gender the person identifies with is the same as their sex registered at birth. */
public enum GenderSameAsBirth implements EqualityAnswer {
    YES("Yes"),
    NO("No"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    GenderSameAsBirth(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

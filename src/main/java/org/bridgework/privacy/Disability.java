package org.bridgework.privacy;

/** Disability as the Equality Act 2010 defines it, in the Census 2021 wording. */
public enum Disability implements EqualityAnswer {
    YES_LIMITED_A_LOT("Yes, day-to-day activities limited a lot"),
    YES_LIMITED_A_LITTLE("Yes, day-to-day activities limited a little"),
    NO("No"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    Disability(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

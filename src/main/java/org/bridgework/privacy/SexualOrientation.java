package org.bridgework.privacy;

/** Sexual orientation, in the Census 2021 categories. */
public enum SexualOrientation implements EqualityAnswer {
    STRAIGHT("Straight or heterosexual"),
    GAY_OR_LESBIAN("Gay or lesbian"),
    BISEXUAL("Bisexual"),
    OTHER("Other sexual orientation"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    SexualOrientation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

package org.bridgework.timecredits;

public enum Audience {
    ALL("Everyone"), ADULTS("Adults (18 and over)"), CHILDREN("Children (under 18)");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

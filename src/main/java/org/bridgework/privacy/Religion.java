package org.bridgework.privacy;

/** Religion or belief, in the Census 2021 categories. */
public enum Religion implements EqualityAnswer {
    NO_RELIGION("No religion"),
    CHRISTIAN("Christian"),
    BUDDHIST("Buddhist"),
    HINDU("Hindu"),
    JEWISH("Jewish"),
    MUSLIM("Muslim"),
    SIKH("Sikh"),
    OTHER("Any other religion"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    Religion(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

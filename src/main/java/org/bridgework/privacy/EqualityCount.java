package org.bridgework.privacy;

/**
 * How many residents gave one answer. {@code count} is null when it is below the disclosure threshold,
 * so that a small group (one ward, one programme) cannot be used to single a person out.
 */
public record EqualityCount(EqualityAnswer answer, Long count) {

    public boolean suppressed() {
        return count == null;
    }
}

package org.bridgework.families;

/** Which cases to list. Any part may be null: no restriction by it. */
public record CaseFilter(CaseStatus status, Long leadWorkerId, String familyName, Boolean open) {

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null);
    }
}

package org.bridgework.timecredits;

public enum HoursStatus {
    PENDING("Waiting for approval"), APPROVED("Approved"), REJECTED("Not approved");

    private final String label;

    HoursStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

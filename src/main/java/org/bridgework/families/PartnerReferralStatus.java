package org.bridgework.families;

public enum PartnerReferralStatus {
    OFFERED("Waiting for the partner"),
    ACCEPTED("Accepted"),
    DECLINED("Declined"),
    ENDED("Ended");

    private final String label;

    PartnerReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

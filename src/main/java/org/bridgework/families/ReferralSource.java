package org.bridgework.families;

public enum ReferralSource {
    SELF("Self-referral"),
    SCHOOL("School"),
    HEALTH("Health"),
    SOCIAL_CARE("Social care"),
    POLICE("Police"),
    HOUSING("Housing"),
    PARTNER("Partner organisation");

    private final String label;

    ReferralSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.bridgework.consent;

/** What a resident agreed to, or what their data is used for. */
public enum ConsentPurpose {
    CONTACT_ABOUT_EVENTS("Contact about events and activities", false),
    SHARE_WITH_PARTNER("Share details with a named partner organisation", true),
    TIME_CREDITS_MEMBERSHIP("Time Credits membership", false),
    PHOTOGRAPHS("Photographs and film", false),
    FAMILY_SUPPORT_SHARING("Share family support information between agencies", false),
    NEWSLETTER("Newsletter by email", false),
    RESEARCH_AND_FEEDBACK("Invitations to give feedback or take part in research", false);

    private final String label;
    private final boolean namesOrganisation;

    ConsentPurpose(String label, boolean namesOrganisation) {
        this.label = label;
        this.namesOrganisation = namesOrganisation;
    }

    public String label() {
        return label;
    }

    public boolean namesOrganisation() {
        return namesOrganisation;
    }
}

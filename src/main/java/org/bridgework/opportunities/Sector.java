package org.bridgework.opportunities;

/** The City's main employment sectors, so that interests and opportunities can be matched exactly. */
public enum Sector {
    FINANCIAL_SERVICES("Financial and insurance services"),
    LEGAL("Legal services"),
    PROFESSIONAL_SERVICES("Accountancy and professional services"),
    TECHNOLOGY("Technology and digital"),
    CREATIVE_ARTS("Arts, culture and creative"),
    HOSPITALITY("Hospitality and retail"),
    PUBLIC_SERVICES("Public services"),
    HEALTH_CARE("Health and social care"),
    CONSTRUCTION("Construction and property"),
    OTHER("Other");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

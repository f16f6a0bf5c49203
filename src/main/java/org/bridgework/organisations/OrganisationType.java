package org.bridgework.organisations;

public enum OrganisationType {
    CHARITY("Charity"),
    COMMISSIONED_SERVICE("Commissioned service"),
    SCHOOL("School"),
    BUSINESS("Business"),
    LIBRARY("Library"),
    COUNCIL_TEAM("Council team");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

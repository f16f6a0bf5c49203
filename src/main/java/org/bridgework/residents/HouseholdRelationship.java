package org.bridgework.residents;

public enum HouseholdRelationship {
    PARENT("Parent"), CHILD("Child"), CARER("Carer"), PARTNER("Partner"), GRANDPARENT("Grandparent"),
    SIBLING("Sibling"), OTHER_RELATIVE("Other relative"), LODGER("Lodger"), OTHER("Other");

    private final String label;

    HouseholdRelationship(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

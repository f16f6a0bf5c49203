package org.bridgework.residents;

/** Filters for the resident grid; null or blank means "any". {@code name} matches the start of the family or given name. */
public record ResidentFilter(String name, String postcode, String wardCode, AgeBand ageBand) {

    public static ResidentFilter none() {
        return new ResidentFilter(null, null, null, null);
    }
}

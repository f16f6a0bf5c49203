package org.bridgework.residents;

/**
 * Filters for the resident grid; null or blank means "any". {@code name} matches the start of the family
 * or given name; {@code programmeId} keeps residents who booked or attended anything in that programme.
 */
public record ResidentFilter(String name, String postcode, String wardCode, AgeBand ageBand, Long programmeId) {

    public ResidentFilter(String name, String postcode, String wardCode, AgeBand ageBand) {
        this(name, postcode, wardCode, ageBand, null);
    }

    public static ResidentFilter none() {
        return new ResidentFilter(null, null, null, null, null);
    }
}

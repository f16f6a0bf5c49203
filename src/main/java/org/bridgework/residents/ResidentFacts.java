package org.bridgework.residents;

/**
 * The least a partner needs about a Time Credits member or attendee it is serving: where they live
 * (ward) and how old they are, with no name, address or date of birth.
 */
public record ResidentFacts(long id, String wardCode, Integer ageInYears) {

    public boolean isAdult() {
        return ageInYears != null && ageInYears >= 18;
    }
}

package org.bridgework.residents;

import java.time.LocalDate;

/** A resident's record as a form edits it. {@code id} and {@code version} are null and 0 for a new resident. */
public record ResidentForm(Long id, long version, String legalGivenName, String legalFamilyName, String preferredName,
                           LocalDate dateOfBirth, String phone, String email, String addressLine1, String addressLine2,
                           String town, String postcode, String wardCode, String borough, String lsoaCode,
                           String preferredLanguage, boolean interpreterNeeded, String accessibilityNeeds,
                           Long householdId, HouseholdRelationship householdRelationship, String notes) {

    public static ResidentForm blank() {
        return new ResidentForm(null, 0, "", "", null, null, null, null, null, null, "London", null, null, null,
                null, "English", false, null, null, null, null);
    }
}

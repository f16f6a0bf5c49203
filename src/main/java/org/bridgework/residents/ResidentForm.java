package org.bridgework.residents;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /** Every field under the label a person sees: for audit trails, edit conflicts and subject access exports. */
    public Map<String, Object> labelledValues() {
        var f = this;
        var m = new LinkedHashMap<String, Object>();
        m.put("First name", f.legalGivenName());
        m.put("Last name", f.legalFamilyName());
        m.put("Preferred name", f.preferredName());
        m.put("Date of birth", f.dateOfBirth());
        m.put("Phone", f.phone());
        m.put("Email", f.email());
        m.put("Address line 1", f.addressLine1());
        m.put("Address line 2", f.addressLine2());
        m.put("Town", f.town());
        m.put("Postcode", f.postcode());
        m.put("Ward", f.wardCode());
        m.put("Borough", f.borough());
        m.put("LSOA", f.lsoaCode());
        m.put("Preferred language", f.preferredLanguage());
        m.put("Interpreter needed", f.interpreterNeeded());
        m.put("Accessibility needs", f.accessibilityNeeds());
        m.put("Household", f.householdId());
        m.put("Relationship", f.householdRelationship());
        m.put("Notes", f.notes());
        return m;
    }

}

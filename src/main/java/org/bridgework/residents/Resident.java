package org.bridgework.residents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "resident")
class Resident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Version
    long version;
    @Column(name = "legal_given_name", nullable = false)
    String legalGivenName;
    @Column(name = "legal_family_name", nullable = false)
    String legalFamilyName;
    @Column(name = "preferred_name")
    String preferredName;
    @Column(name = "date_of_birth")
    LocalDate dateOfBirth;
    String phone;
    String email;
    @Column(name = "address_line1")
    String addressLine1;
    @Column(name = "address_line2")
    String addressLine2;
    String town;
    String postcode;
    @Column(name = "ward_code")
    String wardCode;
    String borough;
    @Column(name = "lsoa_code")
    String lsoaCode;
    @Column(name = "preferred_language")
    String preferredLanguage;
    @Column(name = "interpreter_needed")
    boolean interpreterNeeded;
    @Column(name = "accessibility_needs")
    String accessibilityNeeds;
    @Column(name = "household_id")
    Long householdId;
    @Enumerated(EnumType.STRING)
    @Column(name = "household_relationship")
    HouseholdRelationship householdRelationship;
    String notes;
    @Column(name = "family_name_key")
    String familyNameKey;
    @Column(name = "given_name_key")
    String givenNameKey;
    @Column(name = "family_phonetic")
    String familyPhonetic;
    @Column(name = "given_phonetic")
    String givenPhonetic;
    @Column(name = "anonymised_at")
    Instant anonymisedAt;
    @Column(name = "merged_into_id")
    Long mergedIntoId;
    @Column(name = "created_at", nullable = false)
    Instant createdAt = Instant.now();
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt = Instant.now();

    void applyNameKeys() {
        familyNameKey = NameKey.of(legalFamilyName);
        givenNameKey = NameKey.of(preferredName != null && !preferredName.isBlank() ? preferredName : legalGivenName);
        familyPhonetic = NameKey.phonetic(legalFamilyName);
        givenPhonetic = NameKey.phonetic(legalGivenName);
    }

    String displayName() {
        String given = preferredName != null && !preferredName.isBlank() ? preferredName : legalGivenName;
        return given + " " + legalFamilyName;
    }

    ResidentSummary toSummary() {
        return new ResidentSummary(id, displayName(), dateOfBirth, postcode, wardCode, householdId);
    }

    ResidentForm toForm() {
        return new ResidentForm(id, version, legalGivenName, legalFamilyName, preferredName, dateOfBirth, phone, email,
                addressLine1, addressLine2, town, postcode, wardCode, borough, lsoaCode, preferredLanguage,
                interpreterNeeded, accessibilityNeeds, householdId, householdRelationship, notes);
    }
}

package org.bridgework.consent;

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
@Table(name = "consent_record")
class ConsentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Version
    long version;
    @Column(name = "resident_id", nullable = false)
    long residentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ConsentPurpose purpose;
    @Column(name = "organisation_id")
    Long organisationId;
    @Enumerated(EnumType.STRING)
    @Column(name = "lawful_basis", nullable = false)
    LawfulBasis lawfulBasis;
    @Column(name = "given_on", nullable = false)
    LocalDate givenOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_how", nullable = false)
    RecordedHow recordedHow;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;
    String notes;
    @Column(name = "withdrawn_on")
    LocalDate withdrawnOn;
    @Column(name = "withdrawn_by")
    String withdrawnBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawn_how")
    RecordedHow withdrawnHow;
    @Column(name = "merged_from_id")
    Long mergedFromId;

    ConsentDetails toDetails(String organisationName) {
        return new ConsentDetails(id, residentId, purpose, organisationId, organisationName, lawfulBasis, givenOn,
                recordedHow, recordedBy, recordedAt, notes, withdrawnOn, withdrawnBy, withdrawnHow);
    }
}

package org.bridgework.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "resident_partner_link")
class ResidentPartnerLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "resident_id", nullable = false)
    long residentId;
    @Column(name = "organisation_id", nullable = false)
    long organisationId;
    @Column(nullable = false)
    String source;
    @Column(name = "source_ref", nullable = false)
    String sourceRef;
    boolean active;
    @Column(name = "started_at", nullable = false)
    Instant startedAt;
    @Column(name = "ended_at")
    Instant endedAt;
    @Column(name = "merged_from_id")
    Long mergedFromId;
}

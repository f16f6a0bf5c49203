package org.bridgework.organisations;

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

@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Version
    long version;
    @Column(nullable = false)
    String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false)
    OrganisationType type;
    @Column(name = "registration_number")
    String registrationNumber;
    @Column(name = "org_identifier")
    String orgIdentifier;
    String address;
    String postcode;
    @Column(name = "ward_code")
    String wardCode;
    @Column(name = "contact_name")
    String contactName;
    @Column(name = "contact_email")
    String contactEmail;
    @Column(name = "contact_phone")
    String contactPhone;
    String services;
    @Column(name = "earn_partner")
    boolean earnPartner;
    @Column(name = "spend_partner")
    boolean spendPartner;
    boolean active = true;
    @Column(name = "created_at", nullable = false)
    Instant createdAt = Instant.now();

    OrganisationDetails toDetails() {
        return new OrganisationDetails(id, version, name, type, registrationNumber, orgIdentifier, address, postcode,
                wardCode, contactName, contactEmail, contactPhone, services, earnPartner, spendPartner, active);
    }
}

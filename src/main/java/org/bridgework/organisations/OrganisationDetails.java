package org.bridgework.organisations;

/** A partner organisation as the directory shows it. Also the form for creating or editing one. */
public record OrganisationDetails(Long id, long version, String name, OrganisationType type, String registrationNumber,
                                  String orgIdentifier, String address, String postcode, String wardCode,
                                  String contactName, String contactEmail, String contactPhone, String services,
                                  boolean earnPartner, boolean spendPartner, boolean active) {
}

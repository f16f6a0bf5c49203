package org.bridgework.security;

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
@Table(name = "app_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Version
    long version;
    @Column(nullable = false, unique = true)
    String username;
    @Column(name = "display_name", nullable = false)
    String displayName;
    @Column(name = "password_hash", nullable = false)
    String passwordHash;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Role role;
    @Column(name = "organisation_id")
    Long organisationId;
    @Column(name = "resident_id")
    Long residentId;
    boolean enabled = true;
    @Column(name = "must_change_password")
    boolean mustChangePassword;
    @Column(name = "last_sign_in_at")
    Instant lastSignInAt;
    /** A BCP 47 tag such as bn-GB; null until the person chooses a language. */
    @Column(name = "preferred_language")
    String preferredLanguage;
    @Column(name = "created_at", nullable = false)
    Instant createdAt = Instant.now();

    BridgeworkUser toPrincipal() {
        return new BridgeworkUser(id, username, displayName, role, organisationId, residentId, enabled, passwordHash);
    }

    UserSummary toSummary() {
        return new UserSummary(id, version, username, displayName, role, organisationId, residentId, enabled, lastSignInAt);
    }
}

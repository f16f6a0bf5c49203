package org.bridgework.security;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The signed-in person: their role, and the organisation or resident that role is bound to. */
public final class BridgeworkUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final Long organisationId;
    private final Long residentId;
    private final boolean enabled;
    private transient String passwordHash;

    BridgeworkUser(long id, String username, String displayName, Role role, Long organisationId,
                   Long residentId, boolean enabled, String passwordHash) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.organisationId = organisationId;
        this.residentId = residentId;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public boolean hasRole(Role... roles) {
        for (Role r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }

    /** The partner organisation a PARTNER user belongs to. */
    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    /** The resident record a VOLUNTEER user is. */
    public Optional<Long> residentId() {
        return Optional.ofNullable(residentId);
    }

    public boolean isPartner() {
        return role == Role.PARTNER;
    }

    public boolean isVolunteer() {
        return role == Role.VOLUNTEER;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}

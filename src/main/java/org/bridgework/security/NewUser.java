package org.bridgework.security;

public record NewUser(String username, String displayName, String password, Role role,
                      Long organisationId, Long residentId) {
}

package org.bridgework.security;

/**
 * Who may do what, in one place. Views use the role-name constants with {@code @RolesAllowed};
 * services use the expressions with {@code @PreAuthorize}. Scoping to one partner organisation
 * or one volunteer is done in each feature's queries, from {@link CurrentUser}.
 */
public final class Access {

    public static final String ADMIN = "ADMIN";
    public static final String MANAGER = "MANAGER";
    public static final String OFFICER = "OFFICER";
    public static final String FAMILY_WORKER = "FAMILY_WORKER";
    public static final String PARTNER = "PARTNER";
    public static final String VOLUNTEER = "VOLUNTEER";

    /** Administrators only: users, audit, configuration, special-category data. */
    public static final String ADMINS = "hasRole('ADMIN')";
    /** Council staff of any kind. */
    public static final String STAFF = "hasAnyRole('ADMIN','MANAGER','OFFICER','FAMILY_WORKER')";
    /** Council staff and partner organisation staff (partners are scoped in the query). */
    public static final String STAFF_OR_PARTNER = "hasAnyRole('ADMIN','MANAGER','OFFICER','FAMILY_WORKER','PARTNER')";
    /** Case work with families: the most sensitive data. Partners are scoped to referred cases. */
    public static final String FAMILY_CASEWORK = "hasAnyRole('MANAGER','FAMILY_WORKER')";
    public static final String FAMILY_CASEWORK_OR_PARTNER = "hasAnyRole('MANAGER','FAMILY_WORKER','PARTNER')";
    /** Strategy reports. Partners and officers see them limited to their own work. */
    public static final String REPORTS = "hasAnyRole('ADMIN','MANAGER','OFFICER','PARTNER')";
    public static final String MANAGERS = "hasAnyRole('ADMIN','MANAGER')";
    /** A volunteer's own self-service; the service checks the account is theirs. */
    public static final String VOLUNTEERS = "hasRole('VOLUNTEER')";
    public static final String ANY_USER = "isAuthenticated()";

    private Access() {
    }
}

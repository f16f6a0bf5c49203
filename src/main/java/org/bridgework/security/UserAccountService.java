package org.bridgework.security;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.platform.MessageBundles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Users and their roles. Managed by administrators; the sign-in path uses the package-private methods. */
@Service
public class UserAccountService implements UserDetailsService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,99}");

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditService audit;
    private final Clock clock;
    private final CurrentUser currentUser;

    UserAccountService(UserAccountRepository users, PasswordEncoder encoder, PasswordPolicy policy,
                       AuditService audit, Clock clock, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public BridgeworkUser loadUserByUsername(String username) {
        return users.findByUsernameIgnoreCase(username.trim())
                .map(UserAccount::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    @Transactional
    void recordSignIn(long userId) {
        users.recordSignIn(userId, clock.instant());
    }

    @Transactional(readOnly = true)
    boolean hasAnyUser() {
        return users.count() > 0;
    }

    @PreAuthorize(Access.ADMINS)
    @Transactional(readOnly = true)
    public List<UserSummary> findUsers(String text, int offset, int limit) {
        String like = "%" + (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) + "%";
        return users.search(like, PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1), Sort.by("username")))
                .stream().map(UserAccount::toSummary).toList();
    }

    @PreAuthorize(Access.ADMINS)
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.existsByUsernameIgnoreCase(username.trim());
    }

    @PreAuthorize(Access.ADMINS)
    @Transactional
    public UserSummary create(NewUser request) {
        String username = request.username() == null ? "" : request.username().trim().toLowerCase(Locale.ROOT);
        var errors = new InvalidInputException.Collector()
                .check(USERNAME.matcher(username).matches(), "username",
                        "Use 3 to 100 lower-case letters, digits, dots, dashes or @.")
                .check(request.displayName() != null && !request.displayName().isBlank(), "displayName", "Enter the person's name.")
                .check(request.role() != null, "role", "Choose a role.");
        if (USERNAME.matcher(username).matches() && users.existsByUsernameIgnoreCase(username)) {
            errors.add("username", "This username is already taken.");
        }
        policy.problemWith(request.password(), username).ifPresent(p -> errors.add("password", p));
        checkBinding(errors, request.role(), request.organisationId(), request.residentId());
        errors.throwIfAny();

        var account = new UserAccount();
        account.username = username;
        account.displayName = request.displayName().trim();
        account.passwordHash = encoder.encode(request.password());
        account.role = request.role();
        account.organisationId = request.role() == Role.PARTNER ? request.organisationId() : null;
        account.residentId = request.role() == Role.VOLUNTEER ? request.residentId() : null;
        account.createdAt = clock.instant();
        users.save(account);
        audit.recordChange("USER", account.id, null, "created " + username + " as " + request.role());
        return account.toSummary();
    }

    @PreAuthorize(Access.ADMINS)
    @Transactional
    public UserSummary changeRole(long id, Role role, Long organisationId, Long residentId) {
        var errors = new InvalidInputException.Collector().check(role != null, "role", "Choose a role.");
        checkBinding(errors, role, organisationId, residentId);
        errors.throwIfAny();
        var account = get(id);
        String before = account.role + " org=" + account.organisationId + " resident=" + account.residentId;
        account.role = role;
        account.organisationId = role == Role.PARTNER ? organisationId : null;
        account.residentId = role == Role.VOLUNTEER ? residentId : null;
        audit.recordChange("USER", id, null, "role: " + before + " -> " + role + " org=" + account.organisationId
                + " resident=" + account.residentId);
        return account.toSummary();
    }

    @PreAuthorize(Access.ADMINS)
    @Transactional
    public void setEnabled(long id, boolean enabled) {
        var account = get(id);
        account.enabled = enabled;
        audit.recordChange("USER", id, null, enabled ? "enabled" : "disabled");
    }

    @PreAuthorize(Access.ADMINS)
    @Transactional
    public void resetPassword(long id, String newPassword) {
        var account = get(id);
        policy.problemWith(newPassword, account.username).ifPresent(p -> {
            throw InvalidInputException.of("password", p);
        });
        account.passwordHash = encoder.encode(newPassword);
        account.mustChangePassword = false;
        audit.recordChange("USER", id, null, "password reset");
    }

    /** The language the signed-in person chose, if they ever did. */
    @PreAuthorize(Access.ANY_USER)
    @Transactional(readOnly = true)
    public Optional<Locale> myLanguage() {
        return users.findById(currentUser.require().id())
                .map(account -> account.preferredLanguage)
                .map(Locale::forLanguageTag);
    }

    /** Remembers the signed-in person's language on their account, so that every later sign-in uses it. */
    @PreAuthorize(Access.ANY_USER)
    @Transactional
    public void setMyLanguage(Locale language) {
        if (language == null || !MessageBundles.isProvided(language)) {
            throw InvalidInputException.keyed("language", "security.error.language-not-offered");
        }
        var account = get(currentUser.require().id());
        String tag = language.toLanguageTag();
        if (!tag.equals(account.preferredLanguage)) {
            account.preferredLanguage = tag;
            audit.recordChange("USER", account.id, null, "language: " + tag);
        }
    }

    /** For start-up only: the first administrator and the demo users, created as the system user. */
    @PreAuthorize(Access.ADMINS)
    @Transactional
    public boolean createIfMissing(NewUser request) {
        if (users.existsByUsernameIgnoreCase(request.username())) {
            return false;
        }
        create(request);
        return true;
    }

    /**
     * An account for work the app does itself (drills, benchmarks, generated family workers), made if missing.
     * Nobody signs in with it: its password is random and never shown.
     */
    @PreAuthorize(Access.ADMINS)
    @Transactional
    public BridgeworkUser machineAccount(String username, String displayName, Role role, Long organisationId,
                                         Long residentId) {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        createIfMissing(new NewUser(username, displayName, "Bw-" + java.util.Base64.getEncoder().encodeToString(secret),
                role, organisationId, residentId));
        return loadUserByUsername(username);
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private UserAccount get(long id) {
        return users.findById(id).orElseThrow(() -> InvalidInputException.keyed("user", "security.error.user-gone"));
    }

    private static void checkBinding(InvalidInputException.Collector errors, Role role, Long organisationId, Long residentId) {
        errors.check(role != Role.PARTNER || organisationId != null, "organisation",
                "Partner staff must belong to one organisation. Choose it.");
        errors.check(role != Role.VOLUNTEER || residentId != null, "resident",
                "A volunteer's account must be linked to their resident record. Choose it.");
    }
}

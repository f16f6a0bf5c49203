package org.bridgework.families;

import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Access;
import org.bridgework.security.CurrentUser;
import org.bridgework.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The family workers who can lead a case, and the contact line other staff see. User accounts belong to the
 * security feature, so a family worker joins this directory the first time they use family support.
 */
@Service
public class FamilyWorkerDirectory {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    FamilyWorkerDirectory(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional(readOnly = true)
    public List<FamilyWorker> workers() {
        return jdbc.sql("select user_id, display_name, phone, email from family_worker order by display_name")
                .query((rs, n) -> new FamilyWorker(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Adds the signed-in family worker to the directory if they are not yet in it. */
    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional
    public void registerSelf() {
        var user = currentUser.require();
        if (user.hasRole(Role.FAMILY_WORKER)) {
            register(user.id(), user.displayName(), null, null);
        }
    }

    @PreAuthorize("hasRole('FAMILY_WORKER')")
    @Transactional
    public void saveMyContact(String phone, String email) {
        var errors = new InvalidInputException.Collector()
                .check(phone == null || phone.isBlank() || phone.trim().matches("[0-9 +()-]{6,30}"), "phone",
                        "Enter a phone number using digits, spaces and + only.")
                .check(email == null || email.isBlank() || email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email",
                        "Enter an email address like name@cityoflondon.gov.uk.");
        errors.throwIfAny();
        var user = currentUser.require();
        register(user.id(), user.displayName(), blankToNull(phone), blankToNull(email));
        jdbc.sql("update family_worker set phone = ?, email = ?, updated_at = ? where user_id = ?")
                .params(blankToNull(phone), blankToNull(email), clock.instant(), user.id()).update();
    }

    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional(readOnly = true)
    public Optional<FamilyWorker> me() {
        return find(currentUser.require().id());
    }

    Optional<FamilyWorker> find(long userId) {
        return jdbc.sql("select user_id, display_name, phone, email from family_worker where user_id = ?").param(userId)
                .query((rs, n) -> new FamilyWorker(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** Package-private for demo data, which runs as the system user. */
    void register(long userId, String displayName, String phone, String email) {
        jdbc.sql("""
                        insert into family_worker (user_id, display_name, phone, email, updated_at) values (?, ?, ?, ?, ?)
                        on duplicate key update display_name = values(display_name)""")
                .params(userId, displayName, phone, email, clock.instant()).update();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

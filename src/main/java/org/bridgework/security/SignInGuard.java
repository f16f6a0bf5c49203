package org.bridgework.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Counts failed sign-ins per account and per client address in the database, so that the limit
 * holds across restarts and across app instances. Every success, failure and refusal is logged.
 */
@Component
public class SignInGuard {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInGuard(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public boolean isLocked(String username, String clientAddress) {
        Instant since = clock.instant().minus(WINDOW);
        int byAccount = jdbc.sql("select count(*) from sign_in_event where username = ? and outcome = 'FAILURE' and occurred_at > ?")
                .params(normalise(username), since).query(Integer.class).single();
        if (byAccount >= MAX_FAILURES) {
            return true;
        }
        return isAddressLocked(clientAddress);
    }

    /** The sign-in page asks this after a failure, to explain a pause rather than blame the password. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public boolean isAddressLocked(String clientAddress) {
        Instant since = clock.instant().minus(WINDOW);
        int byAddress = jdbc.sql("select count(*) from sign_in_event where client_address = ? and outcome = 'FAILURE' and occurred_at > ?")
                .params(clientAddress, since).query(Integer.class).single();
        return byAddress >= MAX_FAILURES;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, String clientAddress, Outcome outcome) {
        jdbc.sql("insert into sign_in_event (username, client_address, outcome, occurred_at) values (?, ?, ?, ?)")
                .params(normalise(username), clientAddress, outcome.name(), clock.instant()).update();
        switch (outcome) {
            case SUCCESS -> log.info("Sign-in succeeded for '{}' from {}", username, clientAddress);
            case FAILURE -> log.warn("Sign-in failed for '{}' from {}", username, clientAddress);
            case LOCKED -> log.warn("Sign-in refused for '{}' from {}: too many failures, temporarily locked", username, clientAddress);
        }
    }

    private static String normalise(String username) {
        String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return u.length() > 100 ? u.substring(0, 100) : u;
    }

    public enum Outcome { SUCCESS, FAILURE, LOCKED }
}

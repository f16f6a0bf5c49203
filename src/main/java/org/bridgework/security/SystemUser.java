package org.bridgework.security;

import java.util.function.Supplier;

/**
 * Start-up work (demo data, the first administrator, scheduled jobs) runs as this administrator,
 * so that it passes through the same guarded services as a person, and the audit trail names it.
 */
public final class SystemUser {

    public static final String USERNAME = "system";

    private static final BridgeworkUser SYSTEM =
            new BridgeworkUser(0, USERNAME, "Bridgework (system)", Role.ADMIN, null, null, true, null);

    private SystemUser() {
    }

    public static <T> T call(Supplier<T> work) {
        return RunAs.call(SYSTEM, work);
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}

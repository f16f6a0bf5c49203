package org.bridgework.faults;

import org.bridgework.security.RunAs;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.SystemUser;

import java.util.function.Supplier;

/** Runs drill work as a given user, so that it passes the same method security as a person at a screen. */
final class Drill {

    private Drill() {
    }

    static <T> T as(BridgeworkUser user, Supplier<T> work) {
        return RunAs.call(user, work);
    }

    static <T> T asSystem(Supplier<T> work) {
        return SystemUser.call(work);
    }
}

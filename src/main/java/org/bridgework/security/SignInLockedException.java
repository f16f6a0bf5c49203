package org.bridgework.security;

import org.springframework.security.authentication.LockedException;

public class SignInLockedException extends LockedException {

    public static final String MESSAGE = "Too many failed sign-ins. For your safety, signing in is paused for 5 minutes. "
            + "Wait and try again, or ask an administrator to reset your password.";

    public static final String SESSION_FLAG = "bridgework.signInLocked";

    public SignInLockedException() {
        super(MESSAGE);
    }
}

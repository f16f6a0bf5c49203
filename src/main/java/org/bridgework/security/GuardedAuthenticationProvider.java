package org.bridgework.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Checks the lock before the password, and counts every outcome. */
class GuardedAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final SignInGuard guard;
    private final UserAccountService accounts;

    GuardedAuthenticationProvider(DaoAuthenticationProvider delegate, SignInGuard guard, UserAccountService accounts) {
        this.delegate = delegate;
        this.guard = guard;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress() : "unknown";
        forgetEarlierLock();
        if (guard.isLocked(username, address)) {
            guard.record(username, address, SignInGuard.Outcome.LOCKED);
            rememberLockForTheSignInPage();
            throw new SignInLockedException();
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            guard.record(username, address, SignInGuard.Outcome.SUCCESS);
            if (result != null && result.getPrincipal() instanceof BridgeworkUser user) {
                accounts.recordSignIn(user.id());
            }
            return result;
        } catch (BadCredentialsException | DisabledException e) {
            guard.record(username, address, SignInGuard.Outcome.FAILURE);
            throw e;
        }
    }

    private static void forgetEarlierLock() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
                && attrs.getRequest().getSession(false) != null) {
            attrs.getRequest().getSession(false).removeAttribute(SignInLockedException.SESSION_FLAG);
        }
    }

    /** The sign-in page is reached by a redirect, so the reason travels in the session. */
    private static void rememberLockForTheSignInPage() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            attrs.getRequest().getSession(true).setAttribute(SignInLockedException.SESSION_FLAG, Boolean.TRUE);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

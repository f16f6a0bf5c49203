package org.bridgework.timecredits;

import org.bridgework.TestFixtures;
import org.bridgework.security.Role;
import org.springframework.security.core.context.SecurityContextHolder;

/** A volunteer's card number, read the way the volunteer reads it: signed in as them. */
final class SecurityTestCards {

    private SecurityTestCards() {
    }

    static String cardOf(TestFixtures fixtures, MyCreditsService myCredits, long residentId) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        fixtures.signInAs(Role.VOLUNTEER, null, residentId);
        try {
            return myCredits.overview().membershipNumber();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}

package org.bridgework.timecredits;

/** Whose credits an account holds. The programme's issuance account is the source of credits no partner issued. */
public enum AccountKind {
    VOLUNTEER, EARN_PARTNER, SPEND_PARTNER, ISSUANCE
}

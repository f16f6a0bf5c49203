package org.bridgework.activities;

/**
 * Whether a resident has agreed to be contacted (booking confirmations, reminders, waiting-list news).
 * Implemented by the consent feature; where no implementation is present nobody is contacted, and each
 * message is recorded as suppressed instead.
 */
public interface ContactConsent {

    boolean mayContact(long residentId);
}

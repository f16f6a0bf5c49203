package org.bridgework.residents;

/** Published after a resident's personal data has been erased; features erase their own free text about them. */
public record ResidentAnonymised(long residentId) {
}

package org.bridgework.timecredits;

/** A volunteer's own figures: what they hold, their card, and minutes carried towards the next credit. */
public record MyCredits(long balance, String membershipNumber, String qrContent, long carriedMinutes, int minutesPerCredit) {
}

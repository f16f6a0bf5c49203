package org.bridgework.timecredits;

/** What a spend partner took in one month: the basis of its settlement with the programme. */
public record SettlementLine(String month, long redemptions, long credits) {
}

package org.bridgework.timecredits;

/**
 * The programme's rules, edited by administrators. Empty figures mean "no limit"; expiry is off
 * unless {@code expiryMonths} is set.
 */
public record Policy(long version, Integer expiryMonths, int maxGiftCredits, Integer redemptionCapPerVisit,
                     Integer defaultMonthlyBudget) {
}

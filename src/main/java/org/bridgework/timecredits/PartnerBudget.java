package org.bridgework.timecredits;

/** How many credits one earn partner may issue in a calendar month. */
public record PartnerBudget(long organisationId, String organisationName, int monthlyBudget) {
}

package org.bridgework.opportunities;

/** One pledging employer's levy: how much was pledged and how much of it has been used. */
public record LevyUse(long organisationId, String organisationName, long pledgedPounds, long usedPounds, long pledges) {
}

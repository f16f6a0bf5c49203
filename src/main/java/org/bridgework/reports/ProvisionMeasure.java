package org.bridgework.reports;

/** What a feature can say about provision in an area, for the cold-spots view. */
public enum ProvisionMeasure {
    /** Sessions that took place at a venue in the area. */
    SESSIONS_DELIVERED,
    /** Distinct residents living in the area who attended at least once. */
    PARTICIPANTS,
    /** Attendances by residents living in the area. */
    ATTENDANCES,
    /** Money awarded to benefit the area, in whole pounds. */
    FUNDING_AWARDED_GBP
}

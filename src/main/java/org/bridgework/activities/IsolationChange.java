package org.bridgework.activities;

/** For reports: connections reviewed, and how many residents felt less, equally or more isolated at review. */
public record IsolationChange(int reviewed, int lessIsolated, int same, int moreIsolated, double averageChange) {
}

package org.bridgework.families;

public record Urgency(String code, String label, int firstContactWorkingDays) {
}

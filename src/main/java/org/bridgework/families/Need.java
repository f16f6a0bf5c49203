package org.bridgework.families;

public record Need(long id, long version, String label, int sortOrder, boolean active) {
}

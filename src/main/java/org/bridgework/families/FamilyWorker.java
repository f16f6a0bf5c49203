package org.bridgework.families;

public record FamilyWorker(long userId, String displayName, String phone, String email) {
}

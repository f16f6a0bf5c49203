package org.bridgework.activities;

import java.time.Instant;

public record OutboxMessage(long id, long residentId, String kind, String recipient, String subject, String body,
                            String status, String reason, Instant createdAt, Instant sentAt) {
}

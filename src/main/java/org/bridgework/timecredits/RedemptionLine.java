package org.bridgework.timecredits;

import java.time.Instant;

public record RedemptionLine(long transactionId, Instant occurredAt, String description, long credits,
                             String membershipNumber, boolean reversed) {
}

package org.bridgework.timecredits;

import java.time.Instant;

public record StatementLine(long transactionId, Instant occurredAt, TransactionType type, String description,
                            long amount, long balanceAfter) {
}

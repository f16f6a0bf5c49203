package org.bridgework.timecredits;

/**
 * Spending credits on an offer. Partner staff give the member's card number or the QR code's content;
 * a volunteer redeeming for themselves leaves it empty (their own account is always used).
 * {@code idempotencyKey} is made once per attempt, so a double click spends once.
 */
public record RedemptionRequest(String membershipNumberOrQr, long offerId, int quantity, String idempotencyKey) {
}

package org.bridgework.timecredits;

public record RedemptionReceipt(long transactionId, String offerTitle, long creditsSpent, long balanceAfter,
                                String membershipNumber) {
}

package org.bridgework.timecredits;

public enum TransactionType {
    ISSUE("Earned"),
    REDEEM("Spent"),
    GIFT("Gift"),
    EXPIRE("Expired"),
    REVERSAL("Correction"),
    TRANSFER("Records merged");

    private final String label;

    TransactionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

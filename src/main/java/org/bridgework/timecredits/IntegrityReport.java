package org.bridgework.timecredits;

import java.util.List;

/** What the integrity check found. Empty lists mean the ledger is sound. */
public record IntegrityReport(long transactionsChecked, long accountsChecked, List<UnbalancedTransaction> unbalanced,
                              List<BalanceDifference> differences, List<Long> negativeVolunteerAccounts) {

    public boolean sound() {
        return unbalanced.isEmpty() && differences.isEmpty() && negativeVolunteerAccounts.isEmpty();
    }

    public record UnbalancedTransaction(long transactionId, long sum, int entries) {
    }

    public record BalanceDifference(long accountId, AccountKind kind, long ownerId, long cachedBalance, long entriesBalance) {
    }
}

package org.bridgework.timecredits;

import org.bridgework.audit.AuditService;
import org.bridgework.security.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Expires the credits of accounts with no activity for the policy's number of months, through EXPIRE
 * transactions back to the programme. Off unless the policy sets a number of months.
 */
@Service
public class ExpiryService {

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final PolicyService policies;
    private final AuditService audit;

    ExpiryService(JdbcClient jdbc, Ledger ledger, PolicyService policies, AuditService audit) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.policies = policies;
        this.audit = audit;
    }

    /** Returns how many accounts had credits expired. {@code asOf} is "now", given so that the rule can be tested. */
    @PreAuthorize(Access.ADMINS)
    @Transactional
    public int expireInactive(Instant asOf) {
        Integer months = policies.load().expiryMonths();
        if (months == null) {
            return 0;
        }
        Instant cutoff = asOf.atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
        record Candidate(long accountId, long residentId, long lastTransactionId) {
        }
        List<Candidate> candidates = jdbc.sql("""
                        select a.id, a.owner_id, max(t.id) from tc_account a
                        join tc_entry e on e.account_id = a.id join tc_transaction t on t.id = e.transaction_id
                        where a.kind = 'VOLUNTEER' and a.balance > 0
                        group by a.id, a.owner_id having max(t.occurred_at) < ?""")
                .param(cutoff).query((rs, n) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
        long programme = ledger.issuanceAccount();
        int expired = 0;
        for (var c : candidates) {
            var locked = ledger.lock(c.accountId(), programme).stream().filter(a -> a.id() == c.accountId()).findFirst().orElseThrow();
            String key = "expire:" + c.accountId() + ":" + c.lastTransactionId();
            if (locked.balance() <= 0 || ledger.transactionByKey(key).isPresent()) {
                continue;
            }
            long txId = ledger.post(new Ledger.Posting(TransactionType.EXPIRE, key,
                    locked.balance() + " credits expired after " + months + " months without activity", locked.balance(),
                    null, null, null, null, null,
                    List.of(new Ledger.Leg(c.accountId(), -locked.balance()), new Ledger.Leg(programme, locked.balance()))));
            audit.recordCreate("TIME_CREDITS_TRANSACTION", txId, c.residentId(), "expired " + locked.balance());
            expired++;
        }
        return expired;
    }
}

package org.bridgework.timecredits;

import org.bridgework.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The only writer of accounts, transactions and entries. Callers lock the accounts they check before
 * posting, so that a balance read and the posting that depends on it cannot interleave with another.
 */
@Component
class Ledger {

    /** No 0/O or 1/I, so a card number read over the phone is not misheard. */
    private static final char[] CARD_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String QR_PREFIX = "BRIDGEWORK-TC:";

    record Leg(long accountId, long amount) {
    }

    record Posting(TransactionType type, String idempotencyKey, String reason, long credits, Long partnerOrgId,
                   String wardCode, Long offerId, Long hoursId, Long reversesId, List<Leg> legs) {
    }

    record Account(long id, AccountKind kind, long ownerId, String membershipNumber, long balance) {
    }

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    Ledger(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long account(AccountKind kind, long ownerId) {
        var existing = find(kind, ownerId);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        jdbc.sql("""
                        insert into tc_account (kind, owner_id, membership_number, balance, created_at)
                        values (?, ?, ?, 0, ?) on duplicate key update id = id""")
                .params(kind.name(), ownerId, kind == AccountKind.VOLUNTEER ? newCardNumber() : null, clock.instant())
                .update();
        return find(kind, ownerId).orElseThrow().id();
    }

    long issuanceAccount() {
        return account(AccountKind.ISSUANCE, 0);
    }

    Optional<Account> find(AccountKind kind, long ownerId) {
        return jdbc.sql("select id, kind, owner_id, membership_number, balance from tc_account where kind = ? and owner_id = ?")
                .params(kind.name(), ownerId).query(Ledger::account).optional();
    }

    Optional<Account> byCard(String cardOrQr) {
        if (cardOrQr == null || cardOrQr.isBlank()) {
            return Optional.empty();
        }
        String card = normaliseCard(cardOrQr);
        return jdbc.sql("select id, kind, owner_id, membership_number, balance from tc_account where membership_number = ?")
                .param(card).query(Ledger::account).optional();
    }

    static String normaliseCard(String cardOrQr) {
        String s = cardOrQr.trim().toUpperCase();
        if (s.startsWith(QR_PREFIX)) {
            s = s.substring(QR_PREFIX.length());
        }
        String compact = s.replaceAll("[^A-Z0-9]", "");
        if (compact.startsWith("TC") && compact.length() == 14) {
            compact = compact.substring(2);
        }
        if (compact.length() != 12) {
            return s;
        }
        return "TC-" + compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8);
    }

    /** Locks the rows in id order, so that two transactions locking the same pair never deadlock. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Account> lock(Long... accountIds) {
        var ids = new TreeSet<Long>(List.of(accountIds));
        return ids.stream().map(id -> jdbc.sql(
                        "select id, kind, owner_id, membership_number, balance from tc_account where id = ? for update")
                .param(id).query(Ledger::account).single()).toList();
    }

    Optional<Long> transactionByKey(String key) {
        return jdbc.sql("select id from tc_transaction where idempotency_key = ?").param(key).query(Long.class).optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long post(Posting p) {
        long sum = p.legs().stream().mapToLong(Leg::amount).sum();
        if (sum != 0 || p.legs().size() < 2) {
            throw new IllegalStateException("A ledger transaction must have entries that sum to zero");
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into tc_transaction (tx_type, idempotency_key, reverses_id, reason, actor, occurred_at,
                                                    credits, partner_org_id, ward_code, offer_id, hours_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.type().name(), p.idempotencyKey(), p.reversesId(), p.reason(), currentUser.usernameOrSystem(),
                        now, p.credits(), p.partnerOrgId(), p.wardCode(), p.offerId(), p.hoursId())
                .update();
        long txId = transactionByKey(p.idempotencyKey()).orElseThrow();
        for (Leg leg : p.legs()) {
            jdbc.sql("insert into tc_entry (transaction_id, account_id, amount) values (?, ?, ?)")
                    .params(txId, leg.accountId(), leg.amount()).update();
            jdbc.sql("update tc_account set balance = balance + ? where id = ?").params(leg.amount(), leg.accountId()).update();
        }
        return txId;
    }

    private static String newCardNumber() {
        var sb = new StringBuilder("TC-");
        for (int i = 0; i < 12; i++) {
            if (i == 4 || i == 8) {
                sb.append('-');
            }
            sb.append(CARD_ALPHABET[RANDOM.nextInt(CARD_ALPHABET.length)]);
        }
        return sb.toString();
    }

    private static Account account(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Account(rs.getLong(1), AccountKind.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4), rs.getLong(5));
    }
}

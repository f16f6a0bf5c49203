package org.bridgework.timecredits;

import org.bridgework.platform.MultiRowSql;
import org.bridgework.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<String, Long> knownAccountIds = new ConcurrentHashMap<>();

    Ledger(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long account(AccountKind kind, long ownerId) {
        // an account row is never deleted nor given another owner, so its id can be remembered: one read fewer per redemption
        String key = kind.name() + ":" + ownerId;
        Long known = knownAccountIds.get(key);
        if (known != null) {
            return known;
        }
        long id = accounts(kind, List.of(ownerId)).get(ownerId);
        rememberOnceCommitted(key, id);
        return id;
    }

    /** Each owner's account of the kind, by owner; the missing ones are opened together, in one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<Long, Long> accounts(AccountKind kind, Collection<Long> ownerIds) {
        var owners = new LinkedHashSet<>(ownerIds);
        var ids = accountIds(kind, owners);
        var missing = owners.stream().filter(o -> !ids.containsKey(o)).toList();
        if (missing.isEmpty()) {
            return ids;
        }
        Instant now = clock.instant();
        MultiRowSql.insert(jdbc, "insert into tc_account (kind, owner_id, membership_number, balance, created_at)",
                missing.stream().map(o -> new Object[]{kind.name(), o, kind == AccountKind.VOLUNTEER ? newCardNumber() : null, 0, now})
                        .toList(), "on duplicate key update id = id");
        ids.putAll(accountIds(kind, missing));
        missing.stream().filter(o -> !ids.containsKey(o)).findFirst().ifPresent(o -> {
            throw new NoSuchElementException("No " + kind + " account could be opened for " + o);
        });
        return ids;
    }

    private Map<Long, Long> accountIds(AccountKind kind, Collection<Long> ownerIds) {
        var ids = new HashMap<Long, Long>();
        var params = new ArrayList<Object>();
        params.add(kind.name());
        params.addAll(ownerIds);
        jdbc.sql("select owner_id, id from tc_account where kind = ? and owner_id in (" + placeholders(ownerIds.size()) + ")")
                .params(params).query(rs -> {
                    ids.put(rs.getLong(1), rs.getLong(2));
                });
        return ids;
    }

    long issuanceAccount() {
        return account(AccountKind.ISSUANCE, 0);
    }

    /** Only a committed row is sure to exist: one this transaction created would vanish with a rollback. */
    private void rememberOnceCommitted(String key, long id) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            knownAccountIds.put(key, id);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                knownAccountIds.put(key, id);
            }
        });
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
        return lockAll(List.of(accountIds));
    }

    /** Locks every row in one read, walking the primary key in id order, as every other writer locks them. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Account> lockAll(Collection<Long> accountIds) {
        var ids = List.copyOf(new TreeSet<>(accountIds));
        var locked = jdbc.sql("select id, kind, owner_id, membership_number, balance from tc_account where id in ("
                        + placeholders(ids.size()) + ") order by id for update")
                .params(ids).query(Ledger::account).list();
        if (locked.size() != ids.size()) {
            throw new IllegalStateException("A ledger transaction refers to an account that does not exist");
        }
        return locked;
    }

    /** A locking read, so it sees a transaction another request committed after this one's snapshot was taken. */
    Optional<Long> committedTransactionByKey(String key) {
        return jdbc.sql("select id from tc_transaction where idempotency_key = ? lock in share mode").param(key)
                .query(Long.class).optional();
    }

    Optional<Long> transactionByKey(String key) {
        return jdbc.sql("select id from tc_transaction where idempotency_key = ?").param(key).query(Long.class).optional();
    }

    /** Writes the transaction, its entries and the accounts' cached balances. The caller holds the accounts' locks. */
    @Transactional(propagation = Propagation.MANDATORY)
    long post(Posting p) {
        long txId = record(p);
        moveBalances(p.legs());
        entries(txId, p.legs());
        return txId;
    }

    /**
     * {@link #post} for many transactions in a fixed handful of statements, whatever their number: the transaction
     * rows, every account's net change, and the entries. Returns the transactions' ids in the postings' order.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Long> postAll(List<Posting> postings) {
        if (postings.isEmpty()) {
            return List.of();
        }
        postings.forEach(p -> requireBalanced(p.legs()));
        Instant now = clock.instant();
        String actor = currentUser.usernameOrSystem();
        MultiRowSql.insert(jdbc, "insert into tc_transaction (" + TRANSACTION_COLUMNS + ")", postings.stream()
                .map(p -> transactionRow(p, actor, now)).toList(), null);
        var ids = new HashMap<String, Long>();
        jdbc.sql("select idempotency_key, id from tc_transaction where idempotency_key in (" + placeholders(postings.size()) + ")")
                .params(postings.stream().map(Posting::idempotencyKey).toList())
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        moveBalances(postings.stream().flatMap(p -> p.legs().stream()).toList());
        insertEntries(postings.stream().flatMap(p -> p.legs().stream()
                .map(leg -> new Object[]{ids.get(p.idempotencyKey()), leg.accountId(), leg.amount()})).toList());
        return postings.stream().map(p -> ids.get(p.idempotencyKey())).toList();
    }

    private void moveBalances(List<Leg> legs) {
        var moves = byAccount(legs);
        int moved = jdbc.sql("update tc_account set balance = balance + " + balanceCase(moves) + " where id in ("
                        + placeholders(moves.size()) + ")")
                .params(balanceParams(moves, null, 0)).update();
        if (moved != moves.size()) {
            throw new IllegalStateException("A ledger transaction refers to an account that does not exist");
        }
    }

    /**
     * Writes the transaction row only: a new row nobody waits for, and no account row touched (its entries'
     * foreign keys would share-lock the accounts, and two spends share-locking the same account before each
     * asks to write it deadlock). Returns its id. {@link #applyIfCovered} then {@link #entries} follow.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    long record(Posting p) {
        requireBalanced(p.legs());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into tc_transaction (" + TRANSACTION_COLUMNS + ") values (" + placeholders(11) + ")")
                .params(transactionRow(p, currentUser.usernameOrSystem(), clock.instant()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private static final String TRANSACTION_COLUMNS = "tx_type, idempotency_key, reverses_id, reason, actor, occurred_at,"
            + " credits, partner_org_id, ward_code, offer_id, hours_id";

    private static Object[] transactionRow(Posting p, String actor, Instant at) {
        return new Object[]{p.type().name(), p.idempotencyKey(), p.reversesId(), p.reason(), actor, at, p.credits(),
                p.partnerOrgId(), p.wardCode(), p.offerId(), p.hoursId()};
    }

    private static void requireBalanced(List<Leg> legs) {
        if (legs.stream().mapToLong(Leg::amount).sum() != 0 || legs.size() < 2) {
            throw new IllegalStateException("A ledger transaction must have entries that sum to zero");
        }
    }

    /** The transaction's entries, in one statement. The caller already holds the accounts' row locks. */
    @Transactional(propagation = Propagation.MANDATORY)
    void entries(long txId, List<Leg> legs) {
        insertEntries(legs.stream().map(leg -> new Object[]{txId, leg.accountId(), leg.amount()}).toList());
    }

    private void insertEntries(List<Object[]> rows) {
        MultiRowSql.insert(jdbc, "insert into tc_entry (transaction_id, account_id, amount)", rows, null);
    }

    /**
     * Moves every leg's cached balance in one statement, but only if the payer's balance covers what it pays:
     * the check and the change are one locking write, so the payer's row is locked from here to the commit
     * and only the entries are written after it. Returns false when the balance falls short; the caller then
     * throws, which rolls back what {@link #record} wrote.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean applyIfCovered(List<Leg> legs, long payerAccountId, long amount) {
        var moves = byAccount(legs);
        int moved = jdbc.sql("update tc_account set balance = balance + " + balanceCase(moves) + " where id in ("
                        + placeholders(moves.size()) + ") and (id <> ? or balance >= ?)")
                .params(balanceParams(moves, payerAccountId, amount)).update();
        return moved == moves.size();
    }

    /** Each account's net change; ids in order, so that the rows are locked in the same order by every writer. */
    private static java.util.SortedMap<Long, Long> byAccount(List<Leg> legs) {
        var moves = new java.util.TreeMap<Long, Long>();
        legs.forEach(l -> moves.merge(l.accountId(), l.amount(), Long::sum));
        return moves;
    }

    private static String balanceCase(java.util.Map<Long, Long> moves) {
        return "case id " + String.join(" ", java.util.Collections.nCopies(moves.size(), "when ? then ?")) + " end";
    }

    private static String placeholders(int n) {
        return MultiRowSql.placeholders(n);
    }

    private static List<Object> balanceParams(java.util.Map<Long, Long> moves, Long payer, long amount) {
        var params = new ArrayList<Object>();
        moves.forEach((account, change) -> {
            params.add(account);
            params.add(change);
        });
        params.addAll(moves.keySet());
        if (payer != null) {
            params.add(payer);
            params.add(amount);
        }
        return params;
    }

    long balance(long accountId) {
        return jdbc.sql("select balance from tc_account where id = ?").param(accountId).query(Long.class).single();
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

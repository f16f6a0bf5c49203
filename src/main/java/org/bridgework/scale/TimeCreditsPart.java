package org.bridgework.scale;

import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The Time Credits ledger as the app writes it: every attended volunteering session becomes approved hours and,
 * once a whole credit is due (minutes carried forward as {@code CreditIssuer} does), an ISSUE from the partner's
 * earn account to the volunteer's; volunteers spend at partners' offers (REDEEM to the spend account, never more
 * than the balance); officers log some hours by hand; and balances left untouched for a year expire back to the
 * programme. Every transaction has two entries that sum to zero, and each account's cached balance is the sum of
 * its entries, so {@code LedgerIntegrityService} finds the generated ledger sound.
 */
@Component
class TimeCreditsPart implements DatasetPart {

    static final String TRANSACTIONS = "tc_transaction";
    static final String HOURS = "tc_hours";
    static final long LONDON_TRANSACTIONS = 1_000_000;
    static final int MINUTES_PER_CREDIT = 60;
    static final int EXPIRY_MONTHS = 12;
    private static final String[] OFFERS = {"Swim session", "Gym day pass", "Cinema ticket", "Theatre ticket",
            "Museum entry", "Climbing session", "Cookery class place", "Bowling game", "Yoga class", "Tour of the Barbican"};
    private static final char[] CARD = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    @Override
    public String name() {
        return "timecredits";
    }

    @Override
    public int order() {
        return 40;
    }

    private record Earning(long sessionId, long residentId, LocalDate date, int minutes, long organisationId,
                           String activity, String ward, LocalDateTime recordedAt, String recordedBy) {
    }

    private record OfferRow(long id, long organisationId, String title, int credits, int cap, String audience) {
    }

    @Override
    public void generate(GenerationContext context) {
        var random = context.random(name());
        var activities = context.range(ActivitiesPart.ACTIVITIES);
        var earnings = earnings(context, activities);
        var offers = offers(context, random);
        new Writer(context, random, offers).write(earnings);
    }

    private List<Earning> earnings(GenerationContext context, GenerationContext.IdRange activities) {
        var titles = new HashMap<String, String>();
        var list = new ArrayList<Earning>();
        var jdbc = context.jdbc();
        jdbc.setFetchSize(10_000);
        jdbc.query("""
                select m.session_id, m.resident_id, s.session_date, s.duration_minutes, a.delivering_org_id, a.title,
                       r.ward_code, m.recorded_at, m.recorded_by
                from session_attendance m join activity_session s on s.id = m.session_id
                join activity a on a.id = s.activity_id join resident r on r.id = m.resident_id
                where a.counts_as_volunteering and a.id between ? and ? and m.status in ('PRESENT', 'LATE')
                order by s.session_date, m.id""", rs -> {
            list.add(new Earning(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getInt(4),
                    rs.getLong(5), titles.computeIfAbsent(rs.getString(6), t -> t), rs.getString(7) == null ? null
                    : rs.getString(7).intern(), rs.getTimestamp(8).toLocalDateTime(), rs.getString(9).intern()));
        }, activities.first(), activities.last());
        return list;
    }

    /** One to three offers at each spend partner; a few closed since. */
    private List<OfferRow> offers(GenerationContext context, Random random) {
        var orgs = context.range(OrganisationsPart.TABLE);
        List<Long> spend = context.jdbc().queryForList("select id from organisation where spend_partner and id between ? and ?"
                + " order by id", Long.class, orgs.first(), orgs.last());
        long id = context.nextId("tc_offer");
        var offers = new ArrayList<OfferRow>();
        try (var insert = new BatchInsert(context.dataSource(), "tc_offer", List.of("id", "version", "organisation_id",
                "title", "description", "credits_needed", "audience", "per_visit_cap", "valid_from", "valid_to",
                "ward_code", "active", "created_at"), 500)) {
            for (long org : spend) {
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    var title = OFFERS[random.nextInt(OFFERS.length)];
                    int credits = 1 + random.nextInt(3);
                    int cap = 1 + random.nextInt(4);
                    String audience = random.nextInt(20) < 14 ? "ALL" : random.nextInt(5) > 0 ? "ADULTS" : "CHILDREN";
                    boolean active = random.nextInt(20) > 0;
                    insert.add(id, 0, org, title, "One " + title.toLowerCase() + " for " + credits + " credit"
                                    + (credits > 1 ? "s" : ""), credits, audience, cap, ActivitiesPart.FIRST_DAY, null, null,
                            active, ActivitiesPart.FIRST_DAY.atTime(9, 0));
                    if (active) {
                        offers.add(new OfferRow(id, org, title, credits, cap, audience));
                    }
                    id++;
                }
            }
        }
        return offers;
    }

    /** Makes the ledger in memory-light passes: transactions and hours stream out; entries follow once their transactions are in. */
    private static final class Writer {
        private final GenerationContext context;
        private final Random random;
        private final List<OfferRow> offers;
        private final Map<String, Long> existing = new HashMap<>();
        private final Map<String, Long> accountIds = new HashMap<>();
        private final Map<Long, Long> balances = new HashMap<>();
        private final Map<Long, long[]> newAccounts = new HashMap<>();
        private final Map<Long, Long> lastActive = new HashMap<>();
        private final Map<Long, Long> minutes = new HashMap<>();
        private final Map<Long, Long> issued = new HashMap<>();
        private final Map<Long, String> wardOf = new HashMap<>();
        private final Integer redemptionCap;
        private long nextAccount;
        private long txId;
        private long hoursId;
        private long firstTx;
        private long[] entryTx = new long[1 << 16];
        private long[] entryAccount = new long[1 << 16];
        private long[] entryAmount = new long[1 << 16];
        private int entries;
        private BatchInsert transactions;
        private BatchInsert hours;

        Writer(GenerationContext context, Random random, List<OfferRow> offers) {
            this.context = context;
            this.random = random;
            this.offers = offers;
            var jdbc = context.jdbc();
            jdbc.query("select id, kind, owner_id from tc_account", rs -> {
                existing.put(rs.getString(2) + ":" + rs.getLong(3), rs.getLong(1));
            });
            redemptionCap = jdbc.queryForObject("select redemption_cap_per_visit from tc_policy where id = 1", Integer.class);
            nextAccount = context.nextId("tc_account");
            txId = firstTx = context.nextId(TRANSACTIONS);
            hoursId = context.nextId(HOURS);
        }

        void write(List<Earning> earnings) {
            long target = context.preset().count(LONDON_TRANSACTIONS);
            long expectedIssues = countIssues(earnings);
            // redemptions fill most of what the earnings leave; hand-logged hours and expiry the rest
            double redeemChance = Math.min(0.95, Math.max(0, (target - expectedIssues) * 0.9 / Math.max(1, expectedIssues)));
            var columns = List.of("id", "tx_type", "idempotency_key", "reverses_id", "reason", "actor", "occurred_at",
                    "credits", "partner_org_id", "ward_code", "offer_id", "hours_id");
            var hoursColumns = List.of("id", "version", "resident_id", "organisation_id", "ward_code", "activity",
                    "activity_date", "minutes", "status", "source", "source_key", "recorded_by", "confirmed_by",
                    "decided_by", "decided_at", "credits_issued", "transaction_id", "created_at");
            long programme;
            try (var tx = new BatchInsert(context.dataSource(), TRANSACTIONS, columns, 1000);
                 var h = new BatchInsert(context.dataSource(), HOURS, hoursColumns, 1000)) {
                transactions = tx;
                hours = h;
                programme = account("ISSUANCE", 0, null);
                long step = Math.max(1, earnings.size() / 5), next = step, done = 0;
                for (var e : earnings) {
                    wardOf.put(e.residentId(), e.ward());
                    String key = "attendance:session:" + e.sessionId() + ":resident:" + e.residentId();
                    issue(e.residentId(), e.organisationId(), e.ward(), e.activity(), e.date(), e.minutes(), "ATTENDANCE",
                            key, key, e.recordedBy(), e.recordedBy(), null, e.recordedAt());
                    if (random.nextDouble() < redeemChance) {
                        redeem(e.residentId(), e.recordedAt().plusDays(1 + random.nextInt(21)));
                    }
                    if (++done >= next) {
                        context.progress(name(), txId - firstTx, target);
                        next += step;
                    }
                }
                var cutoff = GenerationContext.AS_OF.minusMonths(EXPIRY_MONTHS).atStartOfDay();
                var dormant = new ArrayList<Long>();
                var active = new ArrayList<Long>();
                for (var r : lastActive.keySet().stream().sorted().toList()) {
                    long acct = accountIds.get("VOLUNTEER:" + r);
                    boolean quiet = lastActive.get(r) < Timestamp.valueOf(cutoff).getTime();
                    (quiet && balances.getOrDefault(acct, 0L) > 0 ? dormant : active).add(r);
                }
                long fill = target - (txId - firstTx) - dormant.size();
                for (long i = 0; i < fill && !active.isEmpty(); i++) {
                    logHours(active.get(random.nextInt(active.size())));
                }
                for (long r : dormant) {
                    expire(r, programme, cutoff);
                }
            }
            writeAccounts();
            writeEntries();
            context.recordRange(TRANSACTIONS, new GenerationContext.IdRange(firstTx, txId - 1));
            context.progress(name(), txId - firstTx, target);
        }

        private String name() {
            return "timecredits";
        }

        private long countIssues(List<Earning> earnings) {
            var total = new HashMap<Long, Long>();
            long count = 0;
            for (var e : earnings) {
                long before = total.getOrDefault(e.residentId(), 0L);
                long after = before + e.minutes();
                total.put(e.residentId(), after);
                if (after / MINUTES_PER_CREDIT > before / MINUTES_PER_CREDIT) {
                    count++;
                }
            }
            return count;
        }

        /** Approved hours, and an ISSUE when they make a whole credit due (the remainder carries forward). */
        private void issue(long resident, Long org, String ward, String activity, LocalDate date, int mins, String source,
                           String sourceKey, String txKey, String recordedBy, String confirmedBy, String decidedBy,
                           LocalDateTime at) {
            long volunteer = account("VOLUNTEER", resident, card(resident));
            long source_ = org == null ? account("ISSUANCE", 0, null) : account("EARN_PARTNER", org, null);
            long total = minutes.merge(resident, (long) mins, Long::sum);
            long due = total / MINUTES_PER_CREDIT - issued.getOrDefault(resident, 0L);
            Long tx = null;
            if (due > 0) {
                tx = post("ISSUE", txKey == null ? "hours:" + hoursId : txKey, due + (due == 1 ? " credit" : " credits")
                                + " for " + activity, recordedBy, at, due, org, ward, null, hoursId, source_, volunteer);
                issued.merge(resident, due, Long::sum);
            }
            hours.add(hoursId, 0, resident, org, ward, activity, date, mins, "APPROVED", source, sourceKey, recordedBy,
                    confirmedBy, decidedBy, decidedBy == null ? null : at, due > 0 ? due : 0, tx, at);
            hoursId++;
            lastActive.put(resident, Timestamp.valueOf(at).getTime());
        }

        /** A visit to a partner: an offer the balance covers, never more than the policy's cap per visit. */
        private void redeem(long resident, LocalDateTime at) {
            if (offers.isEmpty() || at.toLocalDate().isAfter(GenerationContext.AS_OF)) {
                return;
            }
            long volunteer = accountIds.get("VOLUNTEER:" + resident);
            long balance = balances.getOrDefault(volunteer, 0L);
            var offer = offers.get(random.nextInt(offers.size()));
            int quantity = 1 + random.nextInt(offer.cap());
            while (quantity > 1 && (offer.credits() * (long) quantity > balance
                    || (redemptionCap != null && offer.credits() * quantity > redemptionCap))) {
                quantity--;
            }
            long cost = (long) offer.credits() * quantity;
            if (cost > balance || (redemptionCap != null && cost > redemptionCap)) {
                return;
            }
            long partner = account("SPEND_PARTNER", offer.organisationId(), null);
            post("REDEEM", "redeem:gen-" + txId, quantity + " × " + offer.title(), ActivitiesPart.staff(offer.organisationId()),
                    at, cost, offer.organisationId(), wardOf.get(resident), offer.id(), null, volunteer, partner);
            lastActive.merge(resident, Timestamp.valueOf(at).getTime(), Math::max);
        }

        /** Hours an officer logged by hand, in whole hours, so that each gives one ISSUE. */
        private void logHours(long resident) {
            var date = GenerationContext.AS_OF.minusDays(1 + random.nextInt(300));
            var at = date.atTime(17, 0).plusMinutes(random.nextInt(120));
            Long org = random.nextInt(10) == 0 ? null : anEarnPartner();
            issue(resident, org, wardOf.get(resident), "Volunteering logged by an officer", date, 60 * (1 + random.nextInt(3)),
                    "LOGGED", null, null, "officer", "Session leader", "officer", at);
        }

        /** Hand-logged hours are with one of the partners volunteers earn at. */
        private Long anEarnPartner() {
            if (earners == null) {
                earners = accountIds.keySet().stream().filter(k -> k.startsWith("EARN_PARTNER:"))
                        .map(k -> Long.parseLong(k.substring("EARN_PARTNER:".length()))).sorted().toList();
            }
            return earners.isEmpty() ? null : earners.get(random.nextInt(earners.size()));
        }

        private List<Long> earners;

        private void expire(long resident, long programme, LocalDateTime cutoff) {
            long volunteer = accountIds.get("VOLUNTEER:" + resident);
            long balance = balances.get(volunteer);
            var at = cutoff.plusDays(random.nextInt(30)).withHour(2);
            post("EXPIRE", "expire:" + volunteer + ":" + lastTx.get(volunteer), balance + " credits expired after " + EXPIRY_MONTHS
                    + " months without activity", "system", at, balance, null, null, null, null, volunteer, programme);
        }

        /** One transaction, its two entries (from -credits, to +credits) and the accounts' running balances. */
        private long post(String type, String key, String reason, String actor, LocalDateTime at, long credits, Long org,
                          String ward, Long offer, Long hoursRow, long from, long to) {
            long id = txId++;
            transactions.add(id, type, key, null, reason, actor, at, credits, org, ward, offer, hoursRow);
            entry(id, from, -credits);
            entry(id, to, credits);
            return id;
        }

        private void entry(long tx, long account, long amount) {
            if (entries == entryTx.length) {
                entryTx = java.util.Arrays.copyOf(entryTx, entries * 2);
                entryAccount = java.util.Arrays.copyOf(entryAccount, entries * 2);
                entryAmount = java.util.Arrays.copyOf(entryAmount, entries * 2);
            }
            entryTx[entries] = tx;
            entryAccount[entries] = account;
            entryAmount[entries] = amount;
            entries++;
            balances.merge(account, amount, Long::sum);
            lastTx.put(account, tx);
        }

        private final Map<Long, Long> lastTx = new HashMap<>();

        private long account(String kind, long owner, String card) {
            String key = kind + ":" + owner;
            var id = accountIds.get(key);
            if (id != null) {
                return id;
            }
            long found = existing.getOrDefault(key, -1L);
            if (found < 0) {
                found = nextAccount++;
                newAccounts.put(found, new long[]{owner});
                cards.put(found, new String[]{kind, card});
            }
            accountIds.put(key, found);
            return found;
        }

        private final Map<Long, String[]> cards = new HashMap<>();

        /** New accounts with their final balances; accounts that were there before get what this run added. */
        private void writeAccounts() {
            var created = Timestamp.valueOf(ActivitiesPart.FIRST_DAY.atTime(8, 0));
            try (var insert = new BatchInsert(context.dataSource(), "tc_account", List.of("id", "kind", "owner_id",
                    "membership_number", "balance", "created_at"), 1000)) {
                for (var id : newAccounts.keySet().stream().sorted().toList()) {
                    var kc = cards.get(id);
                    insert.add(id, kc[0], newAccounts.get(id)[0], kc[1], balances.getOrDefault(id, 0L), created);
                }
            }
            var jdbc = context.jdbc();
            for (var e : balances.entrySet()) {
                if (!newAccounts.containsKey(e.getKey()) && e.getValue() != 0) {
                    jdbc.update("update tc_account set balance = balance + ? where id = ?", e.getValue(), e.getKey());
                }
            }
        }

        private void writeEntries() {
            try (var insert = new BatchInsert(context.dataSource(), "tc_entry", List.of("transaction_id", "account_id", "amount"), 2000)) {
                for (int i = 0; i < entries; i++) {
                    insert.add(entryTx[i], entryAccount[i], entryAmount[i]);
                }
            }
        }

        /** A card number made from the resident's id and the seed: the same data set always has the same cards, all different. */
        private String card(long resident) {
            long x = ((resident * 0x9E3779B97F4A7C15L) ^ (context.seed() * 0x5851F42D4C957F2DL)) & ((1L << 60) - 1);
            var sb = new StringBuilder("TC-");
            for (int i = 0; i < 12; i++) {
                if (i == 4 || i == 8) {
                    sb.append('-');
                }
                sb.append(CARD[(int) (x & 31)]);
                x >>>= 5;
            }
            return sb.toString();
        }
    }
}

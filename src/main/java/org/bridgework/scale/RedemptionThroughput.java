package org.bridgework.scale;

import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.organisations.OrganisationType;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.RunAs;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.bridgework.security.UserAccountService;
import org.bridgework.timecredits.Audience;
import org.bridgework.timecredits.HoursForm;
import org.bridgework.timecredits.HoursService;
import org.bridgework.timecredits.LedgerIntegrityService;
import org.bridgework.timecredits.MyCreditsService;
import org.bridgework.timecredits.Offer;
import org.bridgework.timecredits.OfferService;
import org.bridgework.timecredits.RedemptionRequest;
import org.bridgework.timecredits.RedemptionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time Credits redemptions per second with N concurrent partner tills, through the same RedemptionService the
 * till screen uses, in two shapes: every till on one member's account (contention: each spend waits for the one
 * before) and each till serving its own member (the ordinary load of a busy day, four tills to a venue). More
 * attempts are made than the balances allow, so each run also proves that no credit is spent twice: successes
 * must equal the balances, and the ledger must check sound. The database's own counters show what one
 * redemption costs: statements sent, row-lock waits and the time spent in them.
 */
@Component
class RedemptionThroughput {

    private static final List<String> COUNTERS = List.of("Questions", "Com_select", "Com_insert", "Com_update",
            "Innodb_row_lock_waits", "Innodb_row_lock_time", "Innodb_os_log_fsyncs", "Innodb_deadlocks");

    private final UserAccountService users;
    private final OrganisationService organisations;
    private final ResidentService residents;
    private final HoursService hours;
    private final OfferService offers;
    private final MyCreditsService myCredits;
    private final RedemptionService redemptions;
    private final LedgerIntegrityService integrity;
    private final JdbcClient jdbc;

    RedemptionThroughput(UserAccountService users, OrganisationService organisations, ResidentService residents,
                         HoursService hours, OfferService offers, MyCreditsService myCredits,
                         RedemptionService redemptions, LedgerIntegrityService integrity, JdbcClient jdbc) {
        this.users = users;
        this.organisations = organisations;
        this.residents = residents;
        this.hours = hours;
        this.offers = offers;
        this.myCredits = myCredits;
        this.redemptions = redemptions;
        this.integrity = integrity;
        this.jdbc = jdbc;
    }

    record Result(int threads, int accounts, long balanceBefore, int attempts, long succeeded, long refused, long failed,
                  long balanceAfter, double seconds, boolean ledgerSound, boolean anyAccountOverspent,
                  Map<String, Long> counters) {

        double perSecond() {
            return succeeded / Math.max(seconds, 1e-9);
        }

        boolean overspent() {
            return anyAccountOverspent || succeeded > balanceBefore || balanceAfter < 0
                    || balanceAfter != balanceBefore - succeeded;
        }

        /** Whether the run proves what it must: nothing overspent and the whole ledger sound. */
        boolean sound() {
            return ledgerSound && !overspent();
        }

        double per(String counter) {
            return counters.getOrDefault(counter, 0L) / (double) Math.max(1, succeeded + refused);
        }

        String line() {
            return String.format("Time Credits redemptions, %d concurrent tills on %s: %.0f per second "
                            + "(%d spent of balances of %d in %.2f s; %d refused for lack of credit; %d other errors; "
                            + "balance after %d; ledger %s; overspend %s). Per attempt: %.1f statements "
                            + "(%.1f selects, %.1f inserts, %.1f updates), %.2f row-lock waits, %.2f ms waiting for row locks, "
                            + "%.2f log fsyncs; deadlocks %d", threads,
                    accounts == 1 ? "one account" : accounts + " different accounts", perSecond(), succeeded,
                    balanceBefore, seconds, refused, failed, balanceAfter, ledgerSound ? "sound" : "UNBALANCED",
                    overspent() ? "YES" : "none", per("Questions"), per("Com_select"), per("Com_insert"), per("Com_update"),
                    per("Innodb_row_lock_waits"), per("Innodb_row_lock_time"), per("Innodb_os_log_fsyncs"),
                    counters.getOrDefault("Innodb_deadlocks", 0L));
        }
    }

    private record Member(long residentId, String card, Offer offer, BridgeworkUser volunteer, BridgeworkUser till,
                          long before) {
    }

    /** Every till on one member's account. */
    Result run(int threads, int credits) {
        return run(threads, credits, 1);
    }

    /**
     * {@code accounts} members share {@code credits} between them; with one account every till spends from it,
     * otherwise till i serves member i (accounts must then equal threads).
     */
    Result run(int threads, int credits, int accounts) {
        String tag = Long.toString(System.nanoTime(), 36);
        BridgeworkUser officer = user("bench-officer-" + tag, Role.OFFICER, null, null);
        var venues = new HashMap<Integer, OrganisationDetails>();
        var members = new ArrayList<Member>();
        for (int a = 0; a < accounts; a++) {
            var venue = venues.computeIfAbsent(a / 4, v -> SystemUser.call(() -> organisations.save(new OrganisationDetails(
                    null, 0, "Benchmark leisure centre " + tag + "-" + v, OrganisationType.BUSINESS, null, null, null, null,
                    null, null, null, null, "Swimming", true, true, true))));
            members.add(member(tag + "-" + a, venue, officer, credits / accounts + (a < credits % accounts ? 1 : 0)));
        }
        var tills = new ArrayList<BridgeworkUser>();
        for (int t = 0; t < threads; t++) {
            var m = members.get(accounts == 1 ? 0 : t % accounts);
            tills.add(accounts == 1 ? m.till() : user("bench-till-" + tag + "-" + t, Role.PARTNER,
                    m.offer().organisationId(), null));
        }
        long before = members.stream().mapToLong(Member::before).sum();
        int attempts = (int) before + Math.max(threads, (int) (before / 20));
        var perMember = new AtomicInteger[accounts];
        for (int a = 0; a < accounts; a++) {
            long b = members.get(a).before();
            perMember[a] = new AtomicInteger((int) (b + Math.max(1, b / 20)));
        }
        var next = new AtomicInteger();
        var succeeded = new AtomicLong();
        var refused = new AtomicLong();
        var failed = new AtomicLong();
        var countersBefore = counters();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            var futures = new ArrayList<Future<?>>();
            for (int t = 0; t < threads; t++) {
                var m = members.get(accounts == 1 ? 0 : t % accounts);
                var left = perMember[accounts == 1 ? 0 : t % accounts];
                var till = tills.get(t);
                futures.add(pool.submit(() -> RunAs.call(till, () -> {
                    while (accounts == 1 ? next.getAndIncrement() < attempts : left.getAndDecrement() > 0) {
                        try {
                            redemptions.redeem(new RedemptionRequest(m.card(), m.offer().id(), 1, UUID.randomUUID().toString()));
                            succeeded.incrementAndGet();
                        } catch (InvalidInputException e) {
                            refused.incrementAndGet();
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                })));
            }
            for (var f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Redemption benchmark interrupted", e);
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        var countersAfter = counters();
        var used = new HashMap<String, Long>();
        countersAfter.forEach((k, v) -> used.put(k, v - countersBefore.getOrDefault(k, 0L)));
        long after = 0;
        boolean anyOverspent = false;
        for (var m : members) {
            long balance = RunAs.call(m.volunteer(), myCredits::balance);
            after += balance;
            anyOverspent |= balance < 0;
        }
        boolean sound = SystemUser.call(() -> integrity.check().sound());
        int made = accounts == 1 ? attempts : members.stream().mapToInt(m -> (int) (m.before() + Math.max(1, m.before() / 20))).sum();
        return new Result(threads, accounts, before, made, succeeded.get(), refused.get(), failed.get(), after, seconds,
                sound, anyOverspent, used);
    }

    /** A member with credits earned through the real earning path, an offer at the venue and a till there. */
    private Member member(String tag, OrganisationDetails venue, BridgeworkUser officer, int credits) {
        long member = SystemUser.call(() -> residents.create(new ResidentForm(null, 0, "Bench", "Member " + tag, null,
                LocalDate.of(1985, 6, 1), null, null, null, null, "London", "EC2Y 8DS", "E05009288", null, null,
                "English", false, null, null, null, null)).id());
        BridgeworkUser till = user("bench-till-" + tag, Role.PARTNER, venue.id(), null);
        BridgeworkUser volunteer = user("bench-member-" + tag, Role.VOLUNTEER, null, member);
        Offer offer = RunAs.call(officer, () -> {
            for (int earned = 0; earned < credits; earned += 24) {
                int minutes = Math.min(24, credits - earned) * 60;
                hours.log(new HoursForm(member, venue.id(), "Benchmark volunteering", LocalDate.now().minusDays(1), minutes, "Bench"));
            }
            return offers.save(new Offer(null, 0, venue.id(), "Swim " + tag, null, 1, Audience.ALL, 1,
                    LocalDate.now().minusDays(1), null, null, true));
        });
        String card = RunAs.call(volunteer, () -> myCredits.overview().membershipNumber());
        long before = RunAs.call(volunteer, myCredits::balance);
        return new Member(member, card, offer, volunteer, till, before);
    }

    private Map<String, Long> counters() {
        var values = new HashMap<String, Long>();
        try {
            jdbc.sql("show global status where Variable_name in (" + String.join(", ",
                            COUNTERS.stream().map(c -> "'" + c + "'").toList()) + ")")
                    .query(rs -> {
                        values.put(rs.getString(1), Long.parseLong(rs.getString(2)));
                    });
        } catch (RuntimeException noRightToSeeThem) {
            // the figures are a diagnosis, not the measurement: without them the run still counts
        }
        return values;
    }

    private BridgeworkUser user(String username, Role role, Long organisationId, Long residentId) {
        return SystemUser.call(() -> users.machineAccount(username, username, role, organisationId, residentId));
    }
}

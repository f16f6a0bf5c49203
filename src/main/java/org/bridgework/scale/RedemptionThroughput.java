package org.bridgework.scale;

import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.organisations.OrganisationType;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.NewUser;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Time Credits redemptions per second with N concurrent partner tills on one member's account, through the
 * same RedemptionService the till screen uses. More attempts are made than the balance allows, so the run also
 * proves that no credit is spent twice: successes must equal the balance, and the ledger must check sound.
 */
@Component
class RedemptionThroughput {

    private final UserAccountService users;
    private final OrganisationService organisations;
    private final ResidentService residents;
    private final HoursService hours;
    private final OfferService offers;
    private final MyCreditsService myCredits;
    private final RedemptionService redemptions;
    private final LedgerIntegrityService integrity;

    RedemptionThroughput(UserAccountService users, OrganisationService organisations, ResidentService residents,
                         HoursService hours, OfferService offers, MyCreditsService myCredits,
                         RedemptionService redemptions, LedgerIntegrityService integrity) {
        this.users = users;
        this.organisations = organisations;
        this.residents = residents;
        this.hours = hours;
        this.offers = offers;
        this.myCredits = myCredits;
        this.redemptions = redemptions;
        this.integrity = integrity;
    }

    record Result(int threads, long balanceBefore, int attempts, long succeeded, long refused, long failed,
                  long balanceAfter, double seconds, boolean ledgerSound) {

        double perSecond() {
            return succeeded / Math.max(seconds, 1e-9);
        }

        boolean overspent() {
            return succeeded > balanceBefore || balanceAfter < 0 || balanceAfter != balanceBefore - succeeded;
        }

        String line() {
            return String.format("Time Credits redemptions, %d concurrent tills on one account: %.0f per second "
                            + "(%d spent of a balance of %d in %.2f s; %d refused for lack of credit; %d other errors; "
                            + "balance after %d; ledger %s; overspend %s)", threads, perSecond(), succeeded, balanceBefore,
                    seconds, refused, failed, balanceAfter, ledgerSound ? "sound" : "UNBALANCED", overspent() ? "YES" : "none");
        }
    }

    Result run(int threads, int credits) {
        String tag = Long.toString(System.nanoTime(), 36);
        OrganisationDetails venue = SystemUser.call(() -> organisations.save(new OrganisationDetails(null, 0,
                "Benchmark leisure centre " + tag, OrganisationType.BUSINESS, null, null, null, null, null, null, null,
                null, "Swimming", true, true, true)));
        long member = SystemUser.call(() -> residents.create(new ResidentForm(null, 0, "Bench", "Member " + tag, null,
                LocalDate.of(1985, 6, 1), null, null, null, null, "London", "EC2Y 8DS", "E05009288", null, null,
                "English", false, null, null, null, null)).id());
        BridgeworkUser officer = user("bench-officer-" + tag, Role.OFFICER, null, null);
        BridgeworkUser till = user("bench-till-" + tag, Role.PARTNER, venue.id(), null);
        BridgeworkUser volunteer = user("bench-member-" + tag, Role.VOLUNTEER, null, member);

        Offer offer = as(officer, () -> {
            for (int earned = 0; earned < credits; earned += 24) {
                int minutes = Math.min(24, credits - earned) * 60;
                hours.log(new HoursForm(member, venue.id(), "Benchmark volunteering", LocalDate.now().minusDays(1), minutes, "Bench"));
            }
            return offers.save(new Offer(null, 0, venue.id(), "Swim " + tag, null, 1, Audience.ALL, 1,
                    LocalDate.now().minusDays(1), null, null, true));
        });
        String card = as(volunteer, () -> myCredits.overview().membershipNumber());
        long before = as(volunteer, myCredits::balance);

        int attempts = (int) before + Math.max(threads, (int) (before / 20));
        var next = new AtomicInteger();
        var succeeded = new AtomicLong();
        var refused = new AtomicLong();
        var failed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            var futures = new ArrayList<Future<?>>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> as(till, () -> {
                    while (next.getAndIncrement() < attempts) {
                        try {
                            redemptions.redeem(new RedemptionRequest(card, offer.id(), 1, UUID.randomUUID().toString()));
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
        long after = as(volunteer, myCredits::balance);
        boolean sound = SystemUser.call(() -> integrity.check().sound());
        return new Result(threads, before, attempts, succeeded.get(), refused.get(), failed.get(), after, seconds, sound);
    }

    private BridgeworkUser user(String username, Role role, Long organisationId, Long residentId) {
        return SystemUser.call(() -> {
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            // nobody signs in with these accounts: the password is random and never shown
            users.createIfMissing(new NewUser(username, username, "Bw-" + Base64.getEncoder().encodeToString(secret),
                    role, organisationId, residentId));
            return users.loadUserByUsername(username);
        });
    }

    private static <T> T as(BridgeworkUser user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}

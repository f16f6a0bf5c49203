package org.bridgework.timecredits;

import org.bridgework.IntegrationTest;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedemptionTest extends IntegrationTest {

    @Autowired HoursService hoursService;
    @Autowired OfferService offerService;
    @Autowired RedemptionService redemptions;
    @Autowired MyCreditsService myCredits;
    @Autowired ResidentCreditsService residentCredits;
    @Autowired PolicyService policies;
    @Autowired LedgerIntegrityService integrity;
    CreditTestSupport credits;

    @BeforeEach
    void support() {
        credits = new CreditTestSupport(fixtures, hoursService, offerService);
    }

    @Test
    void sixteenParallelRedeemersOnOneAccountCannotOverspendIt() throws Exception {
        var spend = fixtures.organisation("Pool");
        var offer = credits.offer(spend, 3, 1, Audience.ALL);
        var volunteer = credits.volunteerResident();
        credits.earn(volunteer.id(), null, 10 * 60);
        String card = SecurityTestCards.cardOf(fixtures, myCredits, volunteer.id());
        // each redeemer is a different member of the partner's staff, signed in on their own thread
        var staff = new ArrayList<org.springframework.security.core.Authentication>();
        for (int i = 0; i < 16; i++) {
            fixtures.signInAs(Role.PARTNER, spend.id(), null);
            staff.add(SecurityContextHolder.getContext().getAuthentication());
        }
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(16);
        List<Future<RedemptionReceipt>> results = new ArrayList<>();
        for (var auth : staff) {
            Callable<RedemptionReceipt> redeem = () -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(auth);
                SecurityContextHolder.setContext(context);
                try {
                    start.await();
                    return redemptions.redeem(CreditTestSupport.request(card, offer, 1));
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            results.add(pool.submit(redeem));
        }
        start.countDown();
        int succeeded = 0;
        var refusals = new ArrayList<String>();
        for (var f : results) {
            try {
                var receipt = f.get();
                assertThat(receipt.balanceAfter()).isNotNegative();
                succeeded++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(InvalidInputException.class);
                refusals.add(e.getCause().getMessage());
            }
        }
        pool.shutdown();
        assertThat(succeeded).isEqualTo(3);
        assertThat(refusals).hasSize(13).allSatisfy(m -> assertThat(m).contains("Not enough Time Credits"));
        fixtures.signInAs(Role.OFFICER);
        assertThat(residentCredits.balance(volunteer.id())).isEqualTo(1);
        fixtures.signInAs(Role.ADMIN);
        assertThat(integrity.check().sound()).isTrue();
    }

    @Test
    void theSameAttemptTwiceSpendsOnce() {
        var spend = fixtures.organisation("Gym");
        var offer = credits.offer(spend, 2, 2, Audience.ALL);
        var volunteer = credits.volunteerResident();
        credits.earn(volunteer.id(), null, 5 * 60);
        String card = SecurityTestCards.cardOf(fixtures, myCredits, volunteer.id());
        fixtures.signInAs(Role.PARTNER, spend.id(), null);
        var request = CreditTestSupport.request(card, offer, 1);
        var first = redemptions.redeem(request);
        var second = redemptions.redeem(request);
        assertThat(second.transactionId()).isEqualTo(first.transactionId());
        fixtures.signInAs(Role.OFFICER);
        assertThat(residentCredits.balance(volunteer.id())).isEqualTo(3);
    }

    @Test
    void offersRulesAndThePerVisitCapAreEnforced() {
        var spend = fixtures.organisation("Museum");
        var offer = credits.offer(spend, 2, 2, Audience.ALL);
        var volunteer = credits.volunteerResident();
        credits.earn(volunteer.id(), null, 20 * 60);
        String card = SecurityTestCards.cardOf(fixtures, myCredits, volunteer.id());
        fixtures.signInAs(Role.PARTNER, spend.id(), null);
        assertThatThrownBy(() -> redemptions.redeem(CreditTestSupport.request(card, offer, 3)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("between 1 and 2");
        assertThatThrownBy(() -> redemptions.redeem(CreditTestSupport.request("TC-0000-0000-0000", offer, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("No Time Credits member");

        fixtures.signInAs(Role.ADMIN);
        var policy = policies.current();
        policies.save(new Policy(policy.version(), policy.expiryMonths(), policy.maxGiftCredits(), 3, policy.defaultMonthlyBudget()));
        try {
            fixtures.signInAs(Role.PARTNER, spend.id(), null);
            assertThatThrownBy(() -> redemptions.redeem(CreditTestSupport.request(card, offer, 2)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 3 credits");
            // the QR code's content works as well as the typed number
            var receipt = redemptions.redeem(CreditTestSupport.request(Ledger.QR_PREFIX + card, offer, 1));
            assertThat(receipt.balanceAfter()).isEqualTo(18);
        } finally {
            fixtures.signInAs(Role.ADMIN);
            var now = policies.current();
            policies.save(new Policy(now.version(), now.expiryMonths(), now.maxGiftCredits(), null, now.defaultMonthlyBudget()));
        }
    }

    @Test
    void aPartnerCannotRedeemAnotherPartnersOffer() {
        var spend = fixtures.organisation("Library");
        var other = fixtures.organisation("Elsewhere");
        var offer = credits.offer(spend, 1, 1, Audience.ALL);
        var volunteer = credits.volunteerResident();
        credits.earn(volunteer.id(), null, 60);
        String card = SecurityTestCards.cardOf(fixtures, myCredits, volunteer.id());
        fixtures.signInAs(Role.PARTNER, other.id(), null);
        assertThatThrownBy(() -> redemptions.redeem(CreditTestSupport.request(card, offer, 1))).isInstanceOf(AccessDeniedException.class);
        fixtures.signInAs(Role.FAMILY_WORKER);
        assertThatThrownBy(() -> redemptions.redeem(CreditTestSupport.request(card, offer, 1))).isInstanceOf(AccessDeniedException.class);
    }
}

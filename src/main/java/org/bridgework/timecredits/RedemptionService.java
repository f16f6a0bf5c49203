package org.bridgework.timecredits;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentFacts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Spending credits. Reads and checks come first, unlocked; the transaction row and its audit entry are written
 * next (new rows nobody waits for); then one conditional write moves both balances only if the member's balance
 * covers the cost, and the two entries follow. That write locks the member's account row until the commit, so
 * concurrent redemptions on one account are served one after another and can never overspend it, while the
 * locked span is three statements (the write, the entries, the balance for the receipt) and the commit.
 * The single path for the partner's till, the volunteer's phone and any benchmark.
 */
@Service
public class RedemptionService {

    static final String REDEEMERS = "hasAnyRole('ADMIN','MANAGER','OFFICER','PARTNER','VOLUNTEER')";

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final Scope scope;
    private final OfferService offers;
    private final PolicyService policies;
    private final ResidentService residents;
    private final AuditService audit;
    private final Clock clock;

    RedemptionService(JdbcClient jdbc, Ledger ledger, Scope scope, OfferService offers, PolicyService policies,
                      ResidentService residents, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.scope = scope;
        this.offers = offers;
        this.policies = policies;
        this.residents = residents;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(REDEEMERS)
    @Transactional
    public RedemptionReceipt redeem(RedemptionRequest request) {
        var user = scope.user();
        if (request.idempotencyKey() == null || request.idempotencyKey().isBlank()) {
            throw new IllegalArgumentException("A redemption needs an idempotency key");
        }
        Ledger.Account account = user.isVolunteer() ? ownAccount(request) : memberAccount(request.membershipNumberOrQr());
        var offer = offers.load(request.offerId())
                .orElseThrow(() -> InvalidInputException.keyed("offer", "timecredits.error.offer-gone"));
        if (user.isPartner() && !offer.organisationId().equals(user.organisationId().orElse(null))) {
            throw new AccessDeniedException("Partner staff redeem only their own organisation's offers.");
        }
        String key = "redeem:" + request.idempotencyKey();
        var earlier = ledger.transactionByKey(key);
        if (earlier.isPresent()) {
            return receipt(earlier.get(), offer.title(), account.id(), account.membershipNumber());
        }
        // everything that needs no lock is read and checked first: the account row is locked only by the last write
        LocalDate today = LocalDate.now(clock);
        long cost = (long) offer.creditsNeeded() * request.quantity();
        Integer cap = policies.load().redemptionCapPerVisit();
        ResidentFacts member = residents.facts(account.ownerId()).orElseThrow();
        new InvalidInputException.Collector()
                .checkKeyed(offer.availableOn(today), "offer", "timecredits.error.offer-closed-today")
                .checkKeyed(request.quantity() >= 1 && request.quantity() <= offer.perVisitCap(), "quantity",
                        "timecredits.error.quantity-per-visit", offer.perVisitCap())
                .checkKeyed(cap == null || cost <= cap, "quantity", "timecredits.error.spend-cap", cap)
                .checkKeyed(offer.audience() != Audience.ADULTS || isAdult(member, today), "offer", "timecredits.error.adults-only")
                .throwIfAny();
        if (account.balance() < cost) {
            throw notEnough(cost, account.balance());
        }
        long partnerAccount = ledger.account(AccountKind.SPEND_PARTNER, offer.organisationId());
        var legs = List.of(new Ledger.Leg(account.id(), -cost), new Ledger.Leg(partnerAccount, cost));
        long txId;
        try {
            txId = ledger.record(new Ledger.Posting(TransactionType.REDEEM, key, request.quantity() + " × " + offer.title(),
                    cost, offer.organisationId(), member.wardCode(), offer.id(), null, null, legs));
        } catch (DuplicateKeyException sameAttemptCommittedMeanwhile) {
            // a retry of this very attempt committed while this one waited on the key: answer as the first did
            return receipt(ledger.committedTransactionByKey(key).orElseThrow(), offer.title(), account.id(),
                    account.membershipNumber());
        }
        audit.recordCreate("TIME_CREDITS_TRANSACTION", txId, account.ownerId(), "redeemed " + cost + " on offer " + offer.id());
        // the balance check and the spend are one locking write, so concurrent tills can never overspend
        if (!ledger.applyIfCovered(legs, account.id(), cost)) {
            throw notEnough(cost, ledger.balance(account.id()));
        }
        ledger.entries(txId, legs);
        return new RedemptionReceipt(txId, offer.title(), cost, ledger.balance(account.id()), account.membershipNumber());
    }

    /** Thrown after the transaction was written but before any balance moved: the rollback leaves no trace. */
    private static InvalidInputException notEnough(long cost, long balance) {
        return InvalidInputException.keyed("balance", "timecredits.error.not-enough", cost, balance);
    }

    private Ledger.Account ownAccount(RedemptionRequest request) {
        long residentId = scope.volunteerResidentId();
        var own = ledger.find(AccountKind.VOLUNTEER, residentId)
                .orElseThrow(() -> InvalidInputException.keyed("balance", "timecredits.error.no-credits-yet"));
        String card = request.membershipNumberOrQr();
        if (card != null && !card.isBlank() && !Ledger.normaliseCard(card).equals(own.membershipNumber())) {
            throw new AccessDeniedException("You can spend only your own Time Credits.");
        }
        return own;
    }

    private Ledger.Account memberAccount(String card) {
        return ledger.byCard(card).filter(a -> a.kind() == AccountKind.VOLUNTEER)
                .orElseThrow(() -> InvalidInputException.keyed("membershipNumber", "timecredits.error.unknown-card-scan"));
    }

    private RedemptionReceipt receipt(long txId, String title, long accountId, String membershipNumber) {
        long credits = jdbc.sql("select credits from tc_transaction where id = ?").param(txId).query(Long.class).single();
        return new RedemptionReceipt(txId, title, credits, ledger.balance(accountId), membershipNumber);
    }

    private static boolean isAdult(ResidentFacts member, LocalDate today) {
        return member.ageInYears() == null || member.isAdult();
    }
}

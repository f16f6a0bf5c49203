package org.bridgework.timecredits;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentFacts;
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
 * Spending credits. The volunteer's account row is locked for the whole transaction, so concurrent
 * redemptions on one account are served one after another and can never overspend it.
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
                .orElseThrow(() -> InvalidInputException.of("offer", "That offer no longer exists."));
        if (user.isPartner() && !offer.organisationId().equals(user.organisationId().orElse(null))) {
            throw new AccessDeniedException("Partner staff redeem only their own organisation's offers.");
        }
        String key = "redeem:" + request.idempotencyKey();
        var locked = ledger.lock(account.id()).getFirst();
        var earlier = ledger.transactionByKey(key);
        if (earlier.isPresent()) {
            return receipt(earlier.get(), offer.title(), locked);
        }
        LocalDate today = LocalDate.now(clock);
        long cost = (long) offer.creditsNeeded() * request.quantity();
        Integer cap = policies.load().redemptionCapPerVisit();
        ResidentFacts member = residents.facts(locked.ownerId()).orElseThrow();
        new InvalidInputException.Collector()
                .check(offer.availableOn(today), "offer", "This offer is not open today.")
                .check(request.quantity() >= 1 && request.quantity() <= offer.perVisitCap(), "quantity",
                        "One visit may take between 1 and " + offer.perVisitCap() + " of this offer.")
                .check(cap == null || cost <= cap, "quantity", "One visit may spend at most " + cap + " credits.")
                .check(offer.audience() != Audience.ADULTS || isAdult(member, today), "offer", "This offer is for adults only.")
                .throwIfAny();
        if (locked.balance() < cost) {
            throw InvalidInputException.of("balance", "Not enough Time Credits: this needs " + cost + " and the balance is "
                    + locked.balance() + ". Nothing has been spent.");
        }
        long partnerAccount = ledger.account(AccountKind.SPEND_PARTNER, offer.organisationId());
        long txId = ledger.post(new Ledger.Posting(TransactionType.REDEEM, key,
                request.quantity() + " × " + offer.title(), cost, offer.organisationId(), member.wardCode(), offer.id(), null, null,
                List.of(new Ledger.Leg(locked.id(), -cost), new Ledger.Leg(partnerAccount, cost))));
        audit.recordCreate("TIME_CREDITS_TRANSACTION", txId, locked.ownerId(), "redeemed " + cost + " on offer " + offer.id());
        return new RedemptionReceipt(txId, offer.title(), cost, locked.balance() - cost, locked.membershipNumber());
    }

    private Ledger.Account ownAccount(RedemptionRequest request) {
        long residentId = scope.volunteerResidentId();
        var own = ledger.find(AccountKind.VOLUNTEER, residentId)
                .orElseThrow(() -> InvalidInputException.of("balance", "You have no Time Credits yet. Volunteer to earn some."));
        String card = request.membershipNumberOrQr();
        if (card != null && !card.isBlank() && !Ledger.normaliseCard(card).equals(own.membershipNumber())) {
            throw new AccessDeniedException("You can spend only your own Time Credits.");
        }
        return own;
    }

    private Ledger.Account memberAccount(String card) {
        return ledger.byCard(card).filter(a -> a.kind() == AccountKind.VOLUNTEER)
                .orElseThrow(() -> InvalidInputException.of("membershipNumber",
                        "No Time Credits member has that card number. Check the number on the card, or scan its QR code again."));
    }

    private RedemptionReceipt receipt(long txId, String title, Ledger.Account account) {
        long credits = jdbc.sql("select credits from tc_transaction where id = ?").param(txId).query(Long.class).single();
        return new RedemptionReceipt(txId, title, credits, account.balance(), account.membershipNumber());
    }

    private static boolean isAdult(ResidentFacts member, LocalDate today) {
        return member.ageInYears() == null || member.isAdult();
    }
}

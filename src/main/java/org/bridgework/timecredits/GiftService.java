package org.bridgework.timecredits;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentFacts;
import org.bridgework.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** A volunteer gives credits to another member, from their own account only, within the gift policy. */
@Service
public class GiftService {

    private final Ledger ledger;
    private final Scope scope;
    private final PolicyService policies;
    private final ResidentService residents;
    private final AuditService audit;

    GiftService(Ledger ledger, Scope scope, PolicyService policies, ResidentService residents, AuditService audit) {
        this.ledger = ledger;
        this.scope = scope;
        this.policies = policies;
        this.residents = residents;
        this.audit = audit;
    }

    /** Returns the giver's balance afterwards. */
    @PreAuthorize(Access.VOLUNTEERS)
    @Transactional
    public long gift(String toMembershipNumber, int credits, String idempotencyKey) {
        long residentId = scope.volunteerResidentId();
        var from = ledger.find(AccountKind.VOLUNTEER, residentId)
                .orElseThrow(() -> InvalidInputException.keyed("credits", "timecredits.error.nothing-to-give"));
        var to = ledger.byCard(toMembershipNumber).filter(a -> a.kind() == AccountKind.VOLUNTEER)
                .orElseThrow(() -> InvalidInputException.keyed("membershipNumber", "timecredits.error.unknown-card"));
        int max = policies.load().maxGiftCredits();
        new InvalidInputException.Collector()
                .checkKeyed(to.id() != from.id(), "membershipNumber", "timecredits.error.own-card")
                .checkKeyed(credits >= 1 && credits <= max, "credits", "timecredits.error.gift-range", max)
                .throwIfAny();
        String key = "gift:" + idempotencyKey;
        var locked = ledger.lock(from.id(), to.id()).stream().filter(a -> a.id() == from.id()).findFirst().orElseThrow();
        if (ledger.transactionByKey(key).isPresent()) {
            return locked.balance();
        }
        if (locked.balance() < credits) {
            throw InvalidInputException.keyed("credits", "timecredits.error.gift-over-balance", locked.balance(), credits);
        }
        String ward = residents.facts(residentId).map(ResidentFacts::wardCode).orElse(null);
        long txId = ledger.post(new Ledger.Posting(TransactionType.GIFT, key, "Gift of " + credits + " to member " + to.membershipNumber(),
                credits, null, ward, null, null, null, List.of(new Ledger.Leg(from.id(), -credits), new Ledger.Leg(to.id(), credits))));
        audit.recordCreate("TIME_CREDITS_TRANSACTION", txId, residentId, "gave " + credits);
        audit.recordCreate("TIME_CREDITS_TRANSACTION", txId, to.ownerId(), "received " + credits);
        return locked.balance() - credits;
    }
}

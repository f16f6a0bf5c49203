package org.bridgework.timecredits;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Corrections: a new transaction with every entry of the original negated, and the reason for it. */
@Service
public class ReversalService {

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final AuditService audit;

    ReversalService(JdbcClient jdbc, Ledger ledger, AuditService audit) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.audit = audit;
    }

    @PreAuthorize(Access.MANAGERS)
    @Transactional
    public long reverse(long transactionId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Say why the transaction is being reversed.");
        }
        record Original(String type, long credits, Long partnerOrgId, String wardCode, Long offerId, Long hoursId) {
        }
        var original = jdbc.sql("select tx_type, credits, partner_org_id, ward_code, offer_id, hours_id from tc_transaction where id = ?")
                .param(transactionId)
                .query((rs, n) -> new Original(rs.getString(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getString(4),
                        rs.getObject(5, Long.class), rs.getObject(6, Long.class)))
                .optional().orElseThrow(() -> InvalidInputException.of("transaction", "There is no transaction with that number."));
        if (TransactionType.REVERSAL.name().equals(original.type())) {
            throw InvalidInputException.of("transaction", "A correction cannot itself be reversed; record a new transaction instead.");
        }
        var legs = jdbc.sql("select account_id, amount from tc_entry where transaction_id = ?").param(transactionId)
                .query((rs, n) -> new Ledger.Leg(rs.getLong(1), -rs.getLong(2))).list();
        var locked = ledger.lock(legs.stream().map(Ledger.Leg::accountId).toArray(Long[]::new));
        if (ledger.transactionByKey("reversal:" + transactionId).isPresent()) {
            throw InvalidInputException.of("transaction", "That transaction has already been reversed.");
        }
        for (var leg : legs) {
            var account = locked.stream().filter(a -> a.id() == leg.accountId()).findFirst().orElseThrow();
            if (account.kind() == AccountKind.VOLUNTEER && account.balance() + leg.amount() < 0) {
                throw InvalidInputException.of("transaction", "Reversing it would leave a volunteer with a negative balance ("
                        + account.balance() + " held, " + (-leg.amount()) + " to take back). Nothing has been changed.");
            }
        }
        long txId = ledger.post(new Ledger.Posting(TransactionType.REVERSAL, "reversal:" + transactionId, reason.trim(),
                original.credits(), original.partnerOrgId(), original.wardCode(), original.offerId(), original.hoursId(),
                transactionId, legs));
        if (original.hoursId() != null) {
            // the hours no longer count towards credits, so the carried minutes stay right
            jdbc.sql("update tc_hours set status = 'REJECTED', credits_issued = 0, note = ?, version = version + 1 where id = ?")
                    .params("Credits reversed: " + reason.trim(), original.hoursId()).update();
        }
        Long resident = locked.stream().filter(a -> a.kind() == AccountKind.VOLUNTEER).map(Ledger.Account::ownerId).findFirst().orElse(null);
        audit.recordCreate("TIME_CREDITS_TRANSACTION", txId, resident, "reversed " + transactionId + ": " + reason.trim());
        return txId;
    }

}

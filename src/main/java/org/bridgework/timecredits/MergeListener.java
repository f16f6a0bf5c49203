package org.bridgework.timecredits;

import org.bridgework.audit.AuditService;
import org.bridgework.residents.ResidentsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * When two resident records are merged, the duplicate's credits move to the survivor through a TRANSFER
 * transaction (entries are never edited), and its hours follow. Undoing a merge moves them back.
 */
@Component
class MergeListener {

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final AuditService audit;

    MergeListener(JdbcClient jdbc, Ledger ledger, AuditService audit) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    public void on(ResidentsMerged e) {
        long from = e.undo() ? e.survivorId() : e.duplicateId();
        long to = e.undo() ? e.duplicateId() : e.survivorId();
        if (e.undo()) {
            jdbc.sql("update tc_hours set resident_id = ?, merged_from_resident_id = null where merged_from_resident_id = ? and resident_id = ?")
                    .params(to, to, from).update();
        } else {
            jdbc.sql("update tc_hours set resident_id = ?, merged_from_resident_id = ? where resident_id = ?")
                    .params(to, from, from).update();
        }
        var source = ledger.find(AccountKind.VOLUNTEER, from);
        if (source.isEmpty()) {
            return;
        }
        long target = ledger.account(AccountKind.VOLUNTEER, to);
        var locked = ledger.lock(source.get().id(), target).stream().filter(a -> a.id() == source.get().id()).findFirst().orElseThrow();
        long amount = e.undo() ? Math.min(locked.balance(), movedInMerge(e)) : locked.balance();
        if (amount <= 0) {
            return;
        }
        String reason = (e.undo() ? "Merge undone: credits returned to record " : "Records merged: credits moved to record ") + to;
        long txId = ledger.post(new Ledger.Posting(TransactionType.TRANSFER,
                "merge:" + e.duplicateId() + ":" + e.survivorId() + ":" + (e.undo() ? "undo:" : "") + UUID.randomUUID(), reason,
                amount, null, null, null, null, null,
                List.of(new Ledger.Leg(locked.id(), -amount), new Ledger.Leg(target, amount))));
        audit.recordCreate("TIME_CREDITS_TRANSACTION", txId, to, reason);
    }

    private long movedInMerge(ResidentsMerged e) {
        String prefix = "merge:" + e.duplicateId() + ":" + e.survivorId() + ":";
        return jdbc.sql("""
                        select credits from tc_transaction where tx_type = 'TRANSFER' and idempotency_key like ?
                          and idempotency_key not like ? order by id desc limit 1""")
                .params(prefix + "%", prefix + "undo:%").query(Long.class).optional().orElse(0L);
    }
}

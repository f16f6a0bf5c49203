package org.bridgework.residents;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands in for another feature: records each merge event and whether it arrived inside the transaction. */
@Component
class MergeEventRecorder {

    record Heard(ResidentsMerged event, boolean inTransaction) {
    }

    final List<Heard> heard = new CopyOnWriteArrayList<>();
    /** When set, the next merge involving this duplicate fails in "another feature", as a failed row move would. */
    volatile Long failForDuplicate;

    @EventListener
    void on(ResidentsMerged event) {
        heard.add(new Heard(event, TransactionSynchronizationManager.isActualTransactionActive()));
        if (failForDuplicate != null && failForDuplicate == event.duplicateId()) {
            throw new IllegalStateException("another feature could not move its rows");
        }
    }
}

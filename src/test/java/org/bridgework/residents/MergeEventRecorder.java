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

    @EventListener
    void on(ResidentsMerged event) {
        heard.add(new Heard(event, TransactionSynchronizationManager.isActualTransactionActive()));
    }
}

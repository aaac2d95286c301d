package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.zjcs.shared.db.RetryOnConflict;
import java.util.function.Supplier;

/** Runs the bid writer's work in a transaction of its own: it commits when the work returns, rolls back when it throws. */
@RetryOnConflict
@ApplicationScoped
public class BidTransactions {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inNewTransaction(Supplier<T> work) {
        return work.get();
    }
}

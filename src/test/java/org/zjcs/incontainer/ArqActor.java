package org.zjcs.incontainer;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.zjcs.shared.event.CurrentActor;

/** Who acts, for the audit trail of the in-container tests: the user {@link ArqGuard} acts as, else "system". */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ArqActor implements CurrentActor {

    @Inject
    ArqGuard guard;

    @Override
    public String name() {
        return guard.principal().map(p -> p.username()).orElse(SYSTEM);
    }
}

package org.zjcs.contract.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.zjcs.security.application.Guard;
import org.zjcs.contract.application.ContractQueries;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeStatus;

/** For notice.xhtml: whether to show the winner (or the owner) the link to the contract filing page. */
@Named
@RequestScoped
public class ContractLinks {

    @Inject
    Guard guard;

    @Inject
    ContractQueries contracts;

    public boolean show(Notice n) {
        if (n == null || guard.principal().isEmpty()) {
            return false;
        }
        NoticeStatus s = n.getStatus();
        boolean awarded = s == NoticeStatus.AWARDED || s == NoticeStatus.CONTRACTED || s == NoticeStatus.IN_SERVICE
                || s == NoticeStatus.DELIVERED || s == NoticeStatus.COMPLETED;
        return awarded && contracts.view(n.getId()).map(v -> v.party() != null).orElse(false);
    }
}

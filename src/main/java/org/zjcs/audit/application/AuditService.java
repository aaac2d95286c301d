package org.zjcs.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zjcs.shared.db.RetryOnConflict;
import org.zjcs.audit.domain.AuditChain;
import org.zjcs.audit.domain.AuditRecord;
import org.zjcs.audit.domain.ChainVerification;
import org.zjcs.audit.domain.ChainVerifier;
import org.zjcs.audit.domain.AuditChainHead;
import org.zjcs.audit.domain.AuditEntry;
import org.zjcs.audit.domain.AuditRepository;
import org.zjcs.shared.event.ChangeRecorder;
import org.zjcs.shared.event.CurrentActor;

/**
 * Appends to the audit chain and verifies it. Every change of state in every context is recorded here,
 * in the transaction of the change itself: if the change rolls back, so does its audit entry.
 */
@RetryOnConflict
@ApplicationScoped
public class AuditService implements ChangeRecorder {

    private static final int VERIFY_PAGE = 1000;

    @Inject
    AuditRepository repository;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String action, String objectType, String objectId, Map<String, ?> details) {
        recordAs(currentActor.name(), action, objectType, objectId, details);
    }

    /** Records with an explicit actor, e.g. the user name typed into a failed login. */
    @Transactional(Transactional.TxType.REQUIRED)
    public AuditRecord recordAs(String actor, String action, String objectType, String objectId, Map<String, ?> details) {
        String json = jsonb.toJson(details == null ? Map.of() : new TreeMap<>(details));
        AuditChainHead head = repository.lockHead();
        AuditRecord record = AuditChain.next(head.getLastId(), head.getLastHash(), clock.instant(),
                truncate(actor, 100), action, objectType, truncate(objectId, 64), json);
        repository.append(head, record);
        return record;
    }

    /**
     * Walks the whole chain in pages and names the first broken entry, if any. The head is read first and
     * the walk stops at it, so entries appended while the check runs are left for the next check.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainVerification verifyChain() {
        return verifyChain(new ChainVerifier()).verification();
    }

    /** A verdict and the checkpoint it reached: the last entry found intact (id, hash). */
    public record Checked(ChainVerification verification, long verifiedId, String verifiedHash) {
    }

    /**
     * Verifies only the entries appended after a checkpoint (an entry verified before), up to the head: cheap enough to
     * run every few seconds on a chain of millions. Entries before the checkpoint are trusted (the periodic full walk
     * looks at them again).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Checked verifyAfter(long verifiedId, String verifiedHash) {
        return verifyChain(new ChainVerifier(verifiedId, verifiedHash));
    }

    /** The whole chain, with its checkpoint. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Checked verifyAll() {
        return verifyChain(new ChainVerifier());
    }

    private Checked verifyChain(ChainVerifier verifier) {
        AuditChainHead head = repository.head();
        long next = verifier.lastVerifiedId() + 1;
        while (next <= head.getLastId()) {
            List<AuditEntry> page = repository.page(next, head.getLastId(), VERIFY_PAGE);
            for (AuditEntry e : page) {
                if (!verifier.accept(e.toRecord())) {
                    return checked(verifier, head);
                }
            }
            if (page.size() < VERIFY_PAGE) {
                break;
            }
            next = page.get(page.size() - 1).getId() + 1;
        }
        return checked(verifier, head);
    }

    private static Checked checked(ChainVerifier verifier, AuditChainHead head) {
        return new Checked(verifier.result(head.getLastId(), head.getLastHash()), verifier.lastVerifiedId(),
                verifier.lastVerifiedHash());
    }

    public List<AuditEntry> search(Map<String, String> filters, int first, int size) {
        return repository.search(filters, first, size);
    }

    public long countMatching(Map<String, String> filters) {
        return repository.countMatching(filters);
    }

    private static String truncate(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max);
    }
}

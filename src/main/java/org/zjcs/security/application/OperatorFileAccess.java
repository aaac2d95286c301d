package org.zjcs.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.zjcs.audit.application.AuditService;

/**
 * Which stored files of other organisations an operator may read: only those of a registration (firm or owner) or a
 * qualification, i.e. what operators review ({@link ReviewFileSource}); never contracts, deliverables, notice
 * attachments or credit evidence. Each such read is audited as {@code FILE_READ_FOR_REVIEW} with the file, the kind of
 * review and the reviewed object.
 */
@ApplicationScoped
public class OperatorFileAccess {

    public static final String ACTION = "FILE_READ_FOR_REVIEW";

    @Inject
    @Any
    Instance<ReviewFileSource> sources;

    @Inject
    AuditService audit;

    /** Whether the operator may read {@code fileId}; audits the read when it may. */
    @Transactional
    public boolean allowAndAudit(long fileId) {
        Optional<ReviewFileSource.Review> review = Optional.empty();
        for (ReviewFileSource s : sources) {
            review = s.reviewOf(fileId);
            if (review.isPresent()) {
                break;
            }
        }
        if (review.isEmpty()) {
            return false;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("review", review.get().kind());
        details.put("objectId", review.get().objectId());
        audit.record(ACTION, "StoredFile", String.valueOf(fileId), details);
        return true;
    }
}

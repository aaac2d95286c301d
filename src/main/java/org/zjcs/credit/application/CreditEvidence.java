package org.zjcs.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.zjcs.credit.domain.CreditListRepository;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.storage.FileRef;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.StoredFile;
import org.zjcs.shared.storage.Upload;

/**
 * The evidence files of list entries, repair applications and findings: 1 to {@value #MAX_EVIDENCE_FILES} per record,
 * stored under the purpose {@value #PURPOSE}, downloadable by regulators and the firm concerned only.
 */
@ApplicationScoped
@Transactional
public class CreditEvidence {

    static final String PURPOSE = "CREDIT_EVIDENCE";

    /** At most this many evidence files per list entry, repair application or finding. */
    public static final int MAX_EVIDENCE_FILES = 5;

    @Inject
    Guard guard;

    @Inject
    FileStorageService files;

    @Inject
    CreditListRepository repository;

    /** The uploads given, 1 to {@value #MAX_EVIDENCE_FILES}; refused otherwise before anything is stored. */
    public static List<Upload> present(List<Upload> uploads) {
        List<Upload> present = Upload.present(uploads);
        if (present.isEmpty() || present.size() > MAX_EVIDENCE_FILES) {
            throw new DomainException("credit.evidence.error.count", MAX_EVIDENCE_FILES);
        }
        return present;
    }

    /** Stores each file (a refused type or size rolls everything back: no row and no file is kept). */
    public void store(List<Upload> uploads, Consumer<FileRef> to, ZjcsPrincipal me) {
        files.storeAll(uploads, PURPOSE, me.organisationId()).forEach(to);
    }

    /** The files as the audit names them: {@code [id:sha256, …]}. */
    public static String audited(List<FileRef> evidence) {
        return evidence.stream().map(f -> f.getFileId() + ":" + f.getSha256()).toList().toString();
    }

    /** An evidence file for a regulator or the firm it concerns; empty for anyone else (and for unknown ids). */
    public Optional<StoredFile> fileFor(long storedFileId) {
        ZjcsPrincipal me = guard.requireLogin();
        Optional<Long> firm = repository.firmOfEvidence(storedFileId);
        if (firm.isEmpty() || !(guard.hasRole(Role.REGULATOR) || guard.hasRole(Role.FIRM) && me.organisationId() == firm.get())) {
            return Optional.empty();
        }
        return files.find(storedFileId);
    }
}

package org.zjcs.shared.web;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.primefaces.model.file.UploadedFile;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.storage.TempUploadService;
import org.zjcs.shared.storage.Upload;

/**
 * The files the session's forms hold between submits (docs/architecture.md, "Held uploads"). A form's bean keeps an
 * {@link UploadSlot} per file input: {@link #take} checks and holds a newly chosen file (replacing what the slot held),
 * {@link #open} gives it to the service when the form succeeds, {@link #release} deletes it. Whatever a session still
 * holds is deleted when the session ends; files older than an hour are swept anyway ({@link TempUploadService}).
 */
@SessionScoped
public class HeldFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TempUploadService temp;

    private final Set<String> keys = new LinkedHashSet<>();

    /**
     * The slot after a submit: a newly chosen file is checked and held, and replaces the one held before (deleted);
     * with no new file the slot stays as it was.
     *
     * @throws DomainException the new file is refused (empty, type, size, io, no space: the storage reserve); the slot
     *         keeps its previous file
     */
    public synchronized UploadSlot take(UploadedFile chosen, UploadSlot previous) {
        if (!isChosen(chosen)) {
            return previous;
        }
        UploadSlot slot;
        try {
            slot = UploadSlot.of(temp.hold(chosen.getInputStream(), chosen.getFileName()));
        } catch (IOException | UncheckedIOException e) {
            DomainException d = new DomainException("upload.error.io");
            d.initCause(e);
            throw d;
        }
        keys.add(slot.key());
        release(previous);
        return slot;
    }

    /** The held file as the services take it, or null when the slot is empty or its file was swept meanwhile. */
    public synchronized Upload open(UploadSlot slot) {
        if (slot == null) {
            return null;
        }
        return temp.open(slot.key()).map(in -> new Upload(in, slot.getFileName())).orElse(null);
    }

    /** Whether the slot's file is still there (false for an empty slot or one swept after an hour). */
    public synchronized boolean isHeld(UploadSlot slot) {
        Upload u = open(slot);
        if (u == null) {
            return false;
        }
        try {
            u.content().close();
        } catch (IOException e) {
            // only looked
        }
        return true;
    }

    /** Deletes the held files of these slots (null slots ignored). */
    public synchronized void release(UploadSlot... slots) {
        for (UploadSlot s : slots) {
            if (s != null && keys.remove(s.key())) {
                temp.release(s.key());
            }
        }
    }

    /** How many files the session holds. */
    public synchronized int count() {
        return keys.size();
    }

    @PreDestroy
    synchronized void sessionEnded() {
        for (String k : keys) {
            temp.release(k);
        }
        keys.clear();
    }

    static boolean isChosen(UploadedFile f) {
        return f != null && !(f.getSize() == 0 && (f.getFileName() == null || f.getFileName().isBlank()));
    }
}

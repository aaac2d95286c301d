package org.zjcs.shared.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.storage.Upload;

/**
 * The files attached to one form with a multi-file input ({@code WEB-INF/includes/file-list.xhtml}): at most
 * {@link #getMax()} files, kept across failed submits through the session's {@link HeldFiles}. The file input's value
 * is {@link #setChosen}; when the form is submitted, {@link #take} checks and holds the newly chosen files (the same
 * checks as every upload: empty, file name, type by content, size, storage reserve), refuses more than the list takes
 * ({@value #FULL}, with the maximum), and gives every attached file to the service. The page lists the attached files,
 * each with a remove button ({@link #remove}); {@link #submit} runs the service with them and releases them once the
 * form succeeded. A value of
 * a view-scoped bean (serializable: the chosen files themselves are transient).
 */
public final class UploadList implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The message key of a list that cannot take the chosen files: "at most {0} files". */
    public static final String FULL = "upload.error.listFull";

    private final int max;
    private final ArrayList<UploadSlot> slots = new ArrayList<>();
    /** Removed by the user, released at the next {@link #take} or {@link #clear} (they need the session's HeldFiles). */
    private final ArrayList<UploadSlot> removed = new ArrayList<>();
    private transient UploadedFiles chosen;

    /** An empty list taking at most {@code max} files. */
    public UploadList(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max " + max);
        }
        this.max = max;
    }

    /** The files chosen in the file input with this submit (the component's value); null when none. */
    public UploadedFiles getChosen() {
        return chosen;
    }

    public void setChosen(UploadedFiles chosen) {
        this.chosen = chosen;
    }

    /** The attached files, in the order they were chosen. */
    public List<UploadSlot> getFiles() {
        return List.copyOf(slots);
    }

    public int getMax() {
        return max;
    }

    public int getSize() {
        return slots.size();
    }

    public boolean isEmpty() {
        return slots.isEmpty();
    }

    public boolean isFull() {
        return slots.size() >= max;
    }

    /** The user removes the attached file at {@code index} (ignored when there is none: an older page). */
    public void remove(int index) {
        if (index >= 0 && index < slots.size()) {
            removed.add(slots.remove(index));
        }
    }

    /**
     * Checks and holds the newly chosen files, then gives every attached file as the services take it (a file swept
     * meanwhile, after an hour, is left out and off the list).
     *
     * @throws DomainException {@value #FULL} (with the maximum) when the chosen files do not fit, none of them kept;
     *         or the refusal of a chosen file (the files before it stay attached)
     */
    public List<Upload> take(HeldFiles held) {
        held.release(removed.toArray(UploadSlot[]::new));
        removed.clear();
        List<UploadedFile> fresh = chosenFiles();
        chosen = null;
        if (slots.size() + fresh.size() > max) {
            throw new DomainException(FULL, max);
        }
        for (UploadedFile f : fresh) {
            slots.add(held.take(f, null));
        }
        List<Upload> out = new ArrayList<>();
        for (UploadSlot s : List.copyOf(slots)) {
            Upload u = held.open(s);
            if (u == null) {
                slots.remove(s);
            } else {
                out.add(u);
            }
        }
        return out;
    }

    /**
     * A form's submit: {@link #take} the files, give them to {@code action} (the service call), and {@link #clear} the
     * list when it succeeded; the files opened for it are closed either way. A refusal (of a file or by the service)
     * leaves the list as it is for the next submit.
     */
    public void submit(HeldFiles held, Consumer<List<Upload>> action) {
        List<Upload> files = take(held);
        try {
            action.accept(files);
        } finally {
            for (Upload u : files) {
                try {
                    u.content().close();
                } catch (IOException e) {
                    // only read
                }
            }
        }
        clear(held);
    }

    /** Releases every attached (and removed) file: the form succeeded, the list is empty again. */
    public void clear(HeldFiles held) {
        held.release(slots.toArray(UploadSlot[]::new));
        held.release(removed.toArray(UploadSlot[]::new));
        slots.clear();
        removed.clear();
        chosen = null;
    }

    private List<UploadedFile> chosenFiles() {
        if (chosen == null || chosen.getFiles() == null) {
            return List.of();
        }
        return chosen.getFiles().stream().filter(HeldFiles::isChosen).toList();
    }
}

package org.zjcs.shared.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/** One export a user asked for (table {@code export_job}); its state moves only as {@link ExportState} allows. */
@Entity
@Table(name = "export_job")
public class ExportJob {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "kind", nullable = false, length = 32, updatable = false)
    private String kind;

    @Column(name = "parameters", nullable = false, length = 2000, updatable = false)
    private String parameters;

    @Column(name = "requested_by", nullable = false, length = 100, updatable = false)
    private String requestedBy;

    @Column(name = "locale", nullable = false, length = 8, updatable = false)
    private String locale;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private ExportState state;

    @Column(name = "rows_expected")
    private Long rowsExpected;

    @Column(name = "rows_done", nullable = false)
    private long rowsDone;

    @Column(name = "storage_key", length = 200)
    private String storageKey;

    @Column(name = "file_size")
    private Long fileSize;

    @Column(name = "message_key", length = 100)
    private String messageKey;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ExportJob() {
    }

    public ExportJob(String kind, ExportParameters parameters, String requestedBy, Locale locale, Instant now) {
        this.kind = kind;
        this.parameters = parameters.format();
        this.requestedBy = requestedBy;
        this.locale = locale.getLanguage().equals("en") ? "en" : "zh_CN";
        this.state = ExportState.QUEUED;
        this.createdAt = now;
    }

    void moveTo(ExportState next) {
        if (!state.canMoveTo(next)) {
            throw new IllegalStateException("export job " + id + ": " + state + " → " + next);
        }
        state = next;
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public ExportParameters parameters() {
        return ExportParameters.parse(parameters);
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Locale locale() {
        return "en".equals(locale) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public ExportState getState() {
        return state;
    }

    public Long getRowsExpected() {
        return rowsExpected;
    }

    void setRowsExpected(Long rowsExpected) {
        this.rowsExpected = rowsExpected;
    }

    public long getRowsDone() {
        return rowsDone;
    }

    void setRowsDone(long rowsDone) {
        this.rowsDone = rowsDone;
    }

    /** Done share in percent (0–100) for the progress bar. */
    public int getPercent() {
        if (state == ExportState.DONE) {
            return 100;
        }
        if (rowsExpected == null || rowsExpected == 0) {
            return 0;
        }
        return (int) Math.min(99, rowsDone * 100 / rowsExpected);
    }

    public String getStorageKey() {
        return storageKey;
    }

    void setStorageKey(String storageKey) {
        this.storageKey = storageKey;
    }

    public Long getFileSize() {
        return fileSize;
    }

    void setFileSize(Long fileSize) {
        this.fileSize = fileSize;
    }

    public String getMessageKey() {
        return messageKey;
    }

    void setMessageKey(String messageKey) {
        this.messageKey = messageKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    void setStartedAt(Instant startedAt) {
        this.startedAt = startedAt;
    }

    void setClaimedBy(String claimedBy) {
        this.claimedBy = claimedBy;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    void setFinishedAt(Instant finishedAt) {
        this.finishedAt = finishedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    void setExpiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
    }

    /** Whether the file can be downloaded now. */
    public boolean isDownloadable() {
        return state == ExportState.DONE && storageKey != null;
    }

    /** The download's file name: {@code <kind>-<id>.xlsx}. */
    public String fileName() {
        return kind.toLowerCase(Locale.ROOT).replace('_', '-') + "-" + id + ".xlsx";
    }
}

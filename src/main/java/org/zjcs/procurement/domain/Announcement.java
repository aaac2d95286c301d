package org.zjcs.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An announcement of a notice, fixed when it is published and never changed: the full text of the notice at that
 * moment as canonical JSON (attachments with their SHA-256), its hash, and for a correction or cancellation the
 * reason and what changed.
 */
@Entity
@Table(name = "announcement")
@NamedQuery(name = "Announcement.ofNotice", query = "SELECT a FROM Announcement a WHERE a.noticeId = :notice ORDER BY a.id")
public class Announcement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notice_id", nullable = false)
    private long noticeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private AnnouncementKind kind;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    @Column(name = "reason", length = 1000)
    private String reason;

    /** For a correction: JSON {"field": {"from": ..., "to": ...}, ...}; the page names the fields in the reader's language. */
    @Column(name = "changes", length = 8000)
    private String changes;

    @Column(name = "content", nullable = false, length = 65535)
    private String content;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    protected Announcement() {
    }

    public Announcement(long noticeId, AnnouncementKind kind, Instant publishedAt, String publishedBy, String reason,
                        String changes, String content, String contentHash) {
        this.noticeId = noticeId;
        this.kind = kind;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.reason = reason;
        this.changes = changes;
        this.content = content;
        this.contentHash = contentHash;
    }

    public Long getId() {
        return id;
    }

    public long getNoticeId() {
        return noticeId;
    }

    public AnnouncementKind getKind() {
        return kind;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getReason() {
        return reason;
    }

    public String getChanges() {
        return changes;
    }

    public String getContent() {
        return content;
    }

    public String getContentHash() {
        return contentHash;
    }
}

package org.zjcs.portal.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One public event of a notice that becomes one OCDS release: an announcement (publication, correction, cancellation,
 * selection result, failure, voided result, award, declined award), the confirmation of the filed contract, or the
 * owner's acceptance of a deliverable version, the owner's approval of a service-period extension (延期), the
 * completion of the notice (every linked department passed the accepted deliverable). Each is read from a record that never changes once written, so the
 * release derived from it is stable (docs/open-data.md).
 */
public sealed interface OcdsEvent {

    /** Where an event comes from; its order breaks ties between events at the same instant. */
    enum Source {
        ANNOUNCEMENT('a', "announcement"), CONTRACT('c', "contract"), DELIVERABLE('d', "deliverable"),
        EXTENSION('e', "extension"), COMPLETION('f', "completion");

        private final char letter;
        private final String word;

        Source(char letter, String word) {
            this.letter = letter;
            this.word = word;
        }

        public char letter() {
            return letter;
        }

        /** The word that starts the release ids of this source ("announcement-123"). */
        public String word() {
            return word;
        }

        public static Source of(char letter) {
            for (Source s : values()) {
                if (s.letter == letter) {
                    return s;
                }
            }
            throw new IllegalArgumentException(String.valueOf(letter));
        }
    }

    Source source();

    /** The id of the row in its table. */
    long id();

    long noticeId();

    /** The notice's owner unit (the buyer). */
    long ownerId();

    /** When the event was published (the release date). */
    Instant at();

    /** The event's place in the feed. */
    default OcdsCursor cursor() {
        return new OcdsCursor(at(), source(), id());
    }

    /** The release id: unique within the notice's ocid, never reused. */
    default String releaseId() {
        return source().word() + "-" + id();
    }

    /**
     * An announcement: {@code kind} as in {@code announcement.kind}, the owner's reason (correction, cancellation,
     * voided result), the correction's changes (JSON) and the announced notice text with its outcome (JSON).
     */
    record Announcement(long id, long noticeId, long ownerId, Instant at, String kind, String reason, String changes,
                        String content) implements OcdsEvent {
        @Override
        public Source source() {
            return Source.ANNOUNCEMENT;
        }
    }

    /** The other party confirmed a filed contract version: the signed contract's amount and service period. */
    record Contract(long id, long noticeId, long ownerId, Instant at, int revision, long winnerFirmId, BigDecimal amount,
                    LocalDate serviceStart, LocalDate serviceEnd) implements OcdsEvent {
        @Override
        public Source source() {
            return Source.CONTRACT;
        }
    }

    /** The owner accepted a deliverable version ({@code dueAt}: the service time limit, null when none). */
    record Deliverable(long id, long noticeId, long ownerId, Instant at, int revision, Instant dueAt) implements OcdsEvent {
        @Override
        public Source source() {
            return Source.DELIVERABLE;
        }
    }

    /**
     * The owner unit approved a service-period extension (延期) of the confirmed contract {@code contractVersionId}: the
     * request {@code sequenceNo} of the notice; the service now ends on {@code newEnd}. Its reason is not carried: the
     * contract's texts are the parties' only.
     */
    record Extension(long id, long noticeId, long ownerId, Instant at, int sequenceNo, long contractVersionId,
                     LocalDate newEnd) implements OcdsEvent {
        @Override
        public Source source() {
            return Source.EXTENSION;
        }
    }

    /**
     * The notice is completed: every department linked to it passed the accepted deliverable version ({@code id} the
     * deliverable's row, {@code revision} its number) at {@code at}, the last department's check.
     */
    record Completion(long id, long noticeId, long ownerId, Instant at, int revision) implements OcdsEvent {
        @Override
        public Source source() {
            return Source.COMPLETION;
        }
    }
}

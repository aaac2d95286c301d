package org.zjcs.procurement.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The notices and their announcements, and the public list. */
public interface NoticeRepository {

    /** The filters of the public list; null means "any". */
    record PublicFilter(Long serviceItemId, String regionPrefix, SelectionMethod method, NoticeStatus status,
                        Instant publishedFrom, Instant publishedBefore) {
    }

    /** Something due by itself: a notice's id and the moment (an enrolment deadline or the end of a publicity period). */
    record Due(long noticeId, Instant at) {
    }

    /** One line of the public list: the notice's listed fields and its owner's name, read in one query. */
    record PublicRow(long id, String title, long ownerId, String ownerName, long serviceItemId, String regionCode,
                     SelectionMethod method, NoticeStatus status, Instant publishedAt, Instant enrolmentDeadline) {
    }

    /** Persists a new notice (assigns its id). */
    void add(Notice notice);

    /** Persists a new announcement (assigns its id). */
    void add(Announcement announcement);

    Optional<Notice> find(long id);

    /** The notice locked for update until the transaction ends: state changes of one notice line up. */
    Optional<Notice> lock(long id);

    /** Published notices whose deadline and announced ones whose publicity period ends at or before {@code until}. */
    List<Due> dueUntil(Instant until);

    /** The owner's notices, last changed first. */
    List<Notice> ofOwner(long ownerId);

    /** The owner's notices written by one account, last changed first. */
    List<Notice> ofCreator(long ownerId, long userId);

    /** The notice's announcements, oldest first. */
    List<Announcement> announcements(long noticeId);

    /**
     * A page of the public list by keyset: the public notices after {@code cursor} (or before it when {@code backwards})
     * in the order newest published first, ties broken by the higher id, at most {@code limit} rows, always returned
     * in that order.
     */
    List<PublicRow> publicRows(PublicFilter f, Instant cursorAt, Long cursorId, boolean backwards, int limit);
}

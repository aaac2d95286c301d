package org.zjcs.delivery.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zjcs.delivery.domain.Deliverable;
import org.zjcs.delivery.domain.DeliverableHistory;
import org.zjcs.delivery.domain.DeliverableRepository;
import org.zjcs.shared.timeline.TimelineEntry;
import org.zjcs.shared.storage.FileRef;

/** The timeline steps of a notice's deliverable versions. */
class DeliveryTimelineTest {

    @Test
    void eachVersionGivesItsUploadTheOwnersAnswerAndEachCheckWithLinksToTheFiles() {
        Instant t = Instant.parse("2026-12-01T02:00:00Z");
        Deliverable v1 = new Deliverable(7, 1, 2, "first", List.of(new FileRef(11, "a".repeat(64), "a.pdf"),
                new FileRef(12, "b".repeat(64), "b.png")), t, "firm", t.minusSeconds(1));
        v1.returnByOwner("photos missing", t.plusSeconds(10), "owner");
        Deliverable v2 = new Deliverable(7, 2, 2, "second", List.of(new FileRef(13, "c".repeat(64), "c.pdf")),
                t.plusSeconds(20), "firm", t.minusSeconds(1));
        v2.accept(t.plusSeconds(30), "owner");
        v2.passCheck(3001, Set.of(3001L), t.plusSeconds(40), "approver01");
        DeliveryTimeline timeline = new DeliveryTimeline();
        timeline.setRepository(new DeliverableRepository() {
            @Override
            public List<Deliverable> ofNotice(long noticeId) {
                return List.of(v1, v2);
            }

            @Override
            public DeliverableHistory lock(long noticeId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void add(Deliverable d) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<Deliverable> find(long id) {
                return Optional.empty();
            }

            @Override
            public Optional<Deliverable> ofFile(long storedFileId) {
                return Optional.empty();
            }
        });
        List<TimelineEntry> steps = timeline.stepsOf(7);
        assertEquals(List.of("DELIVERABLE_SUBMITTED", "DELIVERABLE_RETURNED", "DELIVERABLE_SUBMITTED", "DELIVERABLE_ACCEPTED",
                "DELIVERABLE_CHECK_PASSED"), steps.stream().map(TimelineEntry::kind).toList());
        assertEquals("timeline.deliverable.submittedLate", steps.get(0).textKey());
        assertEquals(List.of("/account/deliverable-files/11", "/account/deliverable-files/12"),
                steps.get(0).links().stream().map(TimelineEntry.Link::path).toList());
        assertEquals(List.of("1", "photos missing"), steps.get(1).args());
        assertEquals("timeline.deliverable.submitted", steps.get(2).textKey());
        assertEquals("approver01", steps.get(4).actor());
    }
}

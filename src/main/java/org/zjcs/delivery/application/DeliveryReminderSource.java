package org.zjcs.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.shared.reminder.DueItem;
import org.zjcs.shared.reminder.ReminderSource;
import org.zjcs.shared.time.BusinessTime;

/**
 * Deliverable time limits for the reminders: every CONTRACTED notice (nothing submitted yet) with the due time of its
 * first version ({@link DeliveryLookup#dueAt}, an approved extension included); the winning firm is reminded.
 */
@ApplicationScoped
@Transactional
public class DeliveryReminderSource implements ReminderSource {

    public static final String KIND = "DELIVERABLE_DUE";
    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessTime.ZONE);

    @Inject
    DeliveryQueries delivery;

    @Override
    public List<DueItem> openItems() {
        List<DueItem> out = new ArrayList<>();
        for (long id : delivery.awaitingFirstVersion()) {
            delivery.firstVersionDue(id).ifPresent(d -> out.add(new DueItem(KIND, id, d.at(), List.of(d.winnerFirmId()),
                    "reminder.deliverable.due", List.of(d.notice().getTitle(), MINUTES.format(d.at())),
                    DeliveryJournal.link(id))));
        }
        return out;
    }
}

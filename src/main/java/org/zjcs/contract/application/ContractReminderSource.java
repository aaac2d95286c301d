package org.zjcs.contract.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeRepository;
import org.zjcs.shared.reminder.DueItem;
import org.zjcs.shared.reminder.ReminderSource;
import org.zjcs.shared.time.BusinessTime;

/**
 * Contract filing time limits for the reminders: every AWARDED notice (no contract confirmed yet) with its filing due
 * time ({@link ContractQueries#dueAt}); both the owner unit and the winning firm are reminded.
 */
@ApplicationScoped
@Transactional
public class ContractReminderSource implements ReminderSource {

    public static final String KIND = "CONTRACT_FILING";
    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessTime.ZONE);

    @Inject
    ContractQueries contracts;

    @Inject
    NoticeRepository notices;

    @Override
    public List<DueItem> openItems() {
        List<DueItem> out = new ArrayList<>();
        for (long id : contracts.awaitingFiling()) {
            Optional<Notice> n = notices.find(id);
            Optional<Instant> due = contracts.dueAt(id);
            Optional<Long> winner = contracts.winnerOf(id);
            if (n.isEmpty() || due.isEmpty() || winner.isEmpty()) {
                continue;
            }
            out.add(new DueItem(KIND, id, due.get(), List.of(n.get().getOwnerId(), winner.get()),
                    "reminder.contract.filingDue", List.of(n.get().getTitle(), MINUTES.format(due.get())),
                    "/account/contract.xhtml?id=" + id));
        }
        return out;
    }
}

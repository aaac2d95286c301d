package org.zjcs.selection.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.zjcs.selection.domain.EligibilityRules.Failure;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.time.BusinessTime;

/** Texts of the enrolment pages: an eligibility failure in the reader's language, a receipt time in Beijing time. */
@Named
@ApplicationScoped
public class EnrolmentLabels {

    public String failure(Failure f) {
        return Messages.text(f.messageKey(), f.args().toArray());
    }

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BusinessTime.ZONE);

    /** A receipt time to the second, Beijing time. */
    public String time(Instant t) {
        return t == null ? "" : SECONDS.format(t);
    }
}

package org.zjcs.firm.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.zjcs.firm.application.FirmService;
import org.zjcs.firm.domain.Qualification;

/** What operator/reviews.xhtml shows of a firm beside the shared registration review: its qualifications. */
@Named
@RequestScoped
public class FirmReviewDetails {

    @Inject
    FirmService firmService;

    public List<Qualification> qualifications(Long firmId) {
        return firmId == null ? List.of() : firmService.qualifications(firmId);
    }
}

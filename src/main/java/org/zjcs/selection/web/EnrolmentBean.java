package org.zjcs.selection.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.function.Supplier;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.selection.application.BidService;
import org.zjcs.selection.application.EnrolmentService;
import org.zjcs.selection.application.EnrolmentService.Standing;
import org.zjcs.selection.domain.Receipt;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.web.RequestIds;

/** The enrolment panel of notice.xhtml: the public count for everyone; for a logged-in firm, enrol, price, withdraw. */
@Named
@RequestScoped
public class EnrolmentBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EnrolmentService enrolments;

    @Inject
    transient BidService bids;

    @Inject
    transient Guard guard;

    private Long noticeId;
    private String price;
    private transient Standing standing;
    private Receipt lastReceipt;

    public boolean isFirm() {
        return guard.hasRole(Role.FIRM);
    }

    public long getCount() {
        return id() == null ? 0 : enrolments.enrolmentCount(id());
    }

    public Standing getStanding() {
        if (standing == null && id() != null && isFirm()) {
            try {
                standing = enrolments.myStanding(id());
            } catch (DomainException e) {
                return null;
            }
        }
        return standing;
    }

    public void enrol() {
        BigDecimal p = parsedPrice();
        if (p == null && hasPriceText()) {
            return;
        }
        run(() -> bids.enrol(id(), p));
    }

    public void revise() {
        BigDecimal p = parsedPrice();
        if (p == null && hasPriceText()) {
            return;
        }
        run(() -> bids.revise(id(), p));
    }

    public void withdraw() {
        run(() -> bids.withdraw(id()));
    }

    private void run(Supplier<Receipt> action) {
        try {
            lastReceipt = action.get();
            Messages.info("enrolment.done." + lastReceipt.kind().name());
            price = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
        standing = null;
    }

    private boolean hasPriceText() {
        return price != null && !price.isBlank();
    }

    /** The typed price, or null (with a message when something was typed that is not an amount). */
    private BigDecimal parsedPrice() {
        if (!hasPriceText()) {
            return null;
        }
        try {
            return new BigDecimal(price.trim().replace(",", "").replace("\uFF0C", ""));
        } catch (NumberFormatException e) {
            Messages.error("money.error.format");
            return null;
        }
    }

    public Receipt getLastReceipt() {
        return lastReceipt;
    }

    public Long getNoticeId() {
        return noticeId;
    }

    public void setNoticeId(Long noticeId) {
        this.noticeId = noticeId;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }

    /**
     * The notice's id: from the view parameter, or (on a postback, whose phases run before the view parameter reaches
     * this request-scoped bean) from the form's hidden {@code id} field.
     */
    private Long id() {
        if (noticeId == null) {
            noticeId = RequestIds.param("id");
        }
        return noticeId;
    }
}

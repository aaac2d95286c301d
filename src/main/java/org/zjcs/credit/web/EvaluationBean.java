package org.zjcs.credit.web;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.zjcs.credit.application.EvaluationItem;
import org.zjcs.credit.application.EvaluationService;
import org.zjcs.credit.application.QualityRatingService;
import org.zjcs.credit.domain.ApprovalRating;
import org.zjcs.credit.domain.EvaluationLevel;
import org.zjcs.credit.domain.QualityRating;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.web.PageChanged;
import org.zjcs.shared.web.PerRequest;

/**
 * The 评价 section of account/deliverables.xhtml: the evaluation form for the notice's owner unit while it is due, the
 * given evaluation for the owner and the firm, and the rating form for the staff of a department with a rating of its
 * own to give. Who gets a form is the service's decision ({@code evaluationFormFor}, {@code ratingFormFor}); everyone
 * else is refused over REST (credit.api). Calls the service only.
 */
@Named
@ViewScoped
public class EvaluationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvaluationService evaluations;

    @Inject
    QualityRatingService ratings;

    private Long noticeId;
    private Integer quality;
    private Integer timeliness;
    private Integer attitude;
    private Integer fees;
    private Integer conduct;
    private String level;
    private String comment;
    private String rating;
    private String ratingComment;

    /** What the page shows of the notice's evaluation, read once per request. */
    private record Read(EvaluationItem item, List<ApprovalRating> ratings, ApprovalRating pendingRating) {
    }

    private final PerRequest<Read> read = new PerRequest<>();
    // the forms shown: decided once for the view (stable across its postbacks, so that a second submission from an
    // older page gets the service's refusal), again after a successful action of this view
    private Boolean canEvaluate;
    private Boolean canRate;

    private Read read() {
        if (noticeId == null) {
            return new Read(null, List.of(), null);
        }
        if (canEvaluate == null) {
            canEvaluate = evaluations.evaluationFormFor(noticeId);
            canRate = ratings.ratingFormFor(noticeId);
        }
        return read.get(() -> new Read(evaluations.evaluationOf(noticeId).orElse(null), ratings.ratingsOf(noticeId),
                ratings.pendingRating(noticeId).orElse(null)));
    }

    private void reset() {
        read.reset();
    }

    /**
     * An action of this page changed state (e.g. the department's pass on the deliverable, the owner's acceptance):
     * decide the forms again, so that the rating or evaluation form it made possible shows in the answer to it.
     */
    void onPageChanged(@Observes(notifyObserver = Reception.IF_EXISTS) PageChanged event) {
        canEvaluate = null;
        canRate = null;
        reset();
    }

    public EvaluationItem getItem() {
        return read().item();
    }

    public boolean isCanEvaluate() {
        read();
        return Boolean.TRUE.equals(canEvaluate);
    }

    public List<ApprovalRating> getRatings() {
        return read().ratings();
    }

    public ApprovalRating getPendingRating() {
        return read().pendingRating();
    }

    /** The time limit of the caller's department's rating still to give, or null. */
    public Instant getRatingDueAt() {
        return ratings.ratingDue(read().pendingRating());
    }

    public boolean isRatingOverdue() {
        return ratings.ratingOverdue(read().pendingRating());
    }

    public boolean isCanRate() {
        read();
        return Boolean.TRUE.equals(canRate);
    }

    /** Whether the section shows at all. */
    public boolean isShown() {
        return getItem() != null || !getRatings().isEmpty() || isCanEvaluate() || isCanRate();
    }

    public EvaluationLevel[] getLevels() {
        return EvaluationLevel.values();
    }

    public QualityRating[] getQualityRatings() {
        return QualityRating.values();
    }

    public int[] getScores() {
        return new int[] {5, 4, 3, 2, 1};
    }

    public void evaluate() {
        if (act(() -> evaluations.evaluate(noticeId, quality, timeliness, attitude, fees, conduct,
                EvaluationLevel.parse(level), comment), "evaluation.given")) {
            comment = null;
        }
    }

    public void rate() {
        if (act(() -> ratings.rate(noticeId, QualityRating.parse(rating), ratingComment), "rating.given")) {
            ratingComment = null;
        }
    }

    private boolean act(Supplier<?> action, String done) {
        try {
            action.get();
            Messages.info(done);
            canEvaluate = null;
            canRate = null;
            PageChanged.fire();
            return true;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
            return false;
        } finally {
            reset();
        }
    }

    public Long getNoticeId() {
        return noticeId;
    }

    public void setNoticeId(Long noticeId) {
        if (!java.util.Objects.equals(this.noticeId, noticeId)) {
            canEvaluate = null;
            canRate = null;
        }
        this.noticeId = noticeId;
        reset();
    }

    public Integer getQuality() {
        return quality;
    }

    public void setQuality(Integer quality) {
        this.quality = quality;
    }

    public Integer getTimeliness() {
        return timeliness;
    }

    public void setTimeliness(Integer timeliness) {
        this.timeliness = timeliness;
    }

    public Integer getAttitude() {
        return attitude;
    }

    public void setAttitude(Integer attitude) {
        this.attitude = attitude;
    }

    public Integer getFees() {
        return fees;
    }

    public void setFees(Integer fees) {
        this.fees = fees;
    }

    public Integer getConduct() {
        return conduct;
    }

    public void setConduct(Integer conduct) {
        this.conduct = conduct;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getRating() {
        return rating;
    }

    public void setRating(String rating) {
        this.rating = rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public void setRatingComment(String ratingComment) {
        this.ratingComment = ratingComment;
    }
}

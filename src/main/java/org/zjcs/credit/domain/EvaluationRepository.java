package org.zjcs.credit.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Evaluations, approval staff's quality ratings and appeals. */
public interface EvaluationRepository {

    /** The averages of a firm's given evaluations (each {@code null} when none is given). */
    record AspectAverages(long count, Double quality, Double timeliness, Double attitude, Double fees, Double conduct) {
    }

    /** Persists a new evaluation, rating or appeal (assigns its id). */
    void add(Evaluation e);

    void add(ApprovalRating r);

    void add(Appeal a);

    Optional<Evaluation> evaluation(long id);

    /** The evaluation, locked till commit. */
    Optional<Evaluation> lockEvaluation(long id);

    Optional<Evaluation> evaluationOfNotice(long noticeId);

    List<Evaluation> ofOwner(long ownerId);

    List<Evaluation> givenOfFirm(long firmId);

    /** Every evaluation not given yet, soonest due first. */
    List<Evaluation> open();

    Optional<ApprovalRating> rating(long id);

    /** The rating, locked till commit. */
    Optional<ApprovalRating> lockRating(long id);

    Optional<ApprovalRating> ratingOfCheck(long deliverableId, long departmentId);

    List<ApprovalRating> ratingsOfNotice(long noticeId);

    Optional<Appeal> appeal(long id);

    /** The appeal, locked till commit. */
    Optional<Appeal> lockAppeal(long id);

    Optional<Appeal> appealOf(long evaluationId);

    /** Every appeal, newest first. */
    List<Appeal> appeals();

    List<Appeal> appealsOfFirm(long firmId);

    /** The number of a firm's given evaluations per level name that counts (the revised one, else the one given). */
    Map<String, Long> levelCounts(long firmId);

    /** The count and aspect averages of a firm's given evaluations. */
    AspectAverages aspectAverages(long firmId);
}

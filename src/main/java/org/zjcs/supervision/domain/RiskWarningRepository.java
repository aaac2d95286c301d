package org.zjcs.supervision.domain;

import java.util.List;
import java.util.Optional;
import org.zjcs.supervision.domain.risk.RiskRule;

/** Stored risk warnings. */
public interface RiskWarningRepository {

    void add(RiskWarning w);

    Optional<RiskWarning> find(long id);

    /** The open warning with this key (rule|kind|subject), if any. */
    Optional<RiskWarning> openByKey(String openKey);

    /** The latest CHECKED warning of this rule and subject, if any. */
    Optional<RiskWarning> latestChecked(RiskRule rule, org.zjcs.supervision.domain.risk.SubjectKind kind, String subjectKey);

    /**
     * A keyset page of the list, newest found first (found_at DESC, id DESC): the rows after (or, backwards, before)
     * the position (found_at in microseconds since the epoch, id), filtered by rule and state when given.
     */
    List<RiskWarning> page(RiskRule rule, RiskWarningState state, Long atMicros, Long id, boolean backwards, int limit);

    /** How many warnings the list has with these filters (null: any), counting at most {@code limit}. */
    long countUpTo(RiskRule rule, RiskWarningState state, long limit);
}

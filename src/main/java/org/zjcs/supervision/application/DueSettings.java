package org.zjcs.supervision.application;

import static org.zjcs.shared.settings.SettingDefinition.integer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.zjcs.shared.settings.SettingDefinition;
import org.zjcs.shared.settings.SettingDefinitions;
import org.zjcs.shared.settings.SettingGroup;
import org.zjcs.shared.settings.SettingUnit;

/**
 * The settings of the due model (issue 17 part 1): how often {@link DueTracker} runs, and the time limits of the steps
 * that had none before (a qualification review, the owner's acceptance of a deliverable, a regulator's decision on an
 * appeal). The other limits belong to their contexts and are only read here.
 */
@ApplicationScoped
public class DueSettings implements SettingDefinitions {

    public static final String REFRESH_SECONDS = "supervision.due.refresh-seconds";
    public static final int REFRESH_SECONDS_DEFAULT = 60;
    public static final String QUALIFICATION_REVIEW_DAYS = "review.qualification.working-days";
    public static final int QUALIFICATION_REVIEW_DAYS_DEFAULT = 2;
    public static final String ACCEPTANCE_DAYS = "delivery.acceptance.working-days";
    public static final int ACCEPTANCE_DAYS_DEFAULT = 3;
    public static final String APPEAL_REVIEW_DAYS = "credit.appeal.review-working-days";
    public static final int APPEAL_REVIEW_DAYS_DEFAULT = 10;

    @Override
    public List<SettingDefinition> definitions() {
        return List.of(
                integer(SettingGroup.SUPERVISION, REFRESH_SECONDS, REFRESH_SECONDS_DEFAULT, SettingUnit.SECONDS, 5, 3600),
                integer(SettingGroup.SUPERVISION, QUALIFICATION_REVIEW_DAYS, QUALIFICATION_REVIEW_DAYS_DEFAULT,
                        SettingUnit.WORKING_DAYS, 1, 30),
                integer(SettingGroup.SUPERVISION, ACCEPTANCE_DAYS, ACCEPTANCE_DAYS_DEFAULT, SettingUnit.WORKING_DAYS, 1, 30),
                integer(SettingGroup.SUPERVISION, APPEAL_REVIEW_DAYS, APPEAL_REVIEW_DAYS_DEFAULT,
                        SettingUnit.WORKING_DAYS, 1, 60));
    }
}

package org.zjcs.selection.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.zjcs.catalog.domain.RequirementMode;
import org.zjcs.security.domain.OrganisationStatus;
import org.zjcs.security.domain.RegistrationStatus;
import org.zjcs.shared.i18n.LocalizedText;

/**
 * Who may enrol on a notice, in one place (domain.md "Eligibility"): used at enrolment and again at selection, on the
 * facts of that day. Pure: the caller gathers the facts; the result lists every rule the firm fails, in order.
 */
public final class EligibilityRules {

    private EligibilityRules() {
    }

    /**
     * What the rules need to know about the firm on the day of the check; {@code blackListedUntil} is the end date of
     * the firm's black-list entry current that day (credit context), {@code null} when it is not black-listed.
     */
    public record FirmFacts(long firmId, RegistrationStatus registration, OrganisationStatus organisationStatus,
                            LocalDate blackListedUntil, Set<Long> serviceItemIds, List<Held> qualifications) {
    }

    /** A qualification the firm holds; {@code counts} when it is approved and valid on the day of the check. */
    public record Held(String typeCode, String level, boolean counts) {
    }

    /** A requirement of the notice: type, minimum level (null: any), the type's levels highest first, display name. */
    public record Required(String typeCode, String minLevel, List<String> levelsHighestFirst, Object displayName) {
    }

    /** What the rules need to know about the notice. */
    public record NoticeFacts(long noticeId, long serviceItemId, RequirementMode mode, List<Required> requirements,
                              Map<Long, String> avoidanceReasons) {
    }

    /** One failed rule with the values its message shows. */
    public record Failure(Ineligibility rule, List<Object> args) {

        public String messageKey() {
            return rule.messageKey();
        }
    }

    /** Every rule {@code firm} fails for {@code notice}; empty when it is eligible. */
    public static List<Failure> check(FirmFacts firm, NoticeFacts notice, boolean alreadyEnrolled) {
        List<Failure> failures = new ArrayList<>();
        if (firm.organisationStatus() == OrganisationStatus.SUSPENDED) {
            failures.add(new Failure(Ineligibility.SUSPENDED, List.of()));
        } else if (firm.registration() != RegistrationStatus.APPROVED
                || firm.organisationStatus() != OrganisationStatus.ACTIVE) {
            failures.add(new Failure(Ineligibility.NOT_APPROVED, List.of()));
        }
        if (firm.blackListedUntil() != null) {
            failures.add(new Failure(Ineligibility.BLACK_LISTED, List.of(firm.blackListedUntil().toString())));
        }
        if (!firm.serviceItemIds().contains(notice.serviceItemId())) {
            failures.add(new Failure(Ineligibility.ITEM_NOT_OFFERED, List.of()));
        }
        List<Required> reqs = notice.requirements();
        if (!reqs.isEmpty()) {
            if (notice.mode() == RequirementMode.ANY_OF) {
                if (reqs.stream().noneMatch(r -> meets(firm.qualifications(), r))) {
                    failures.add(new Failure(Ineligibility.NO_QUALIFICATION_OF_LIST,
                            List.of(new Joined(reqs.stream().map(Required::displayName).toList()))));
                }
            } else {
                for (Required r : reqs) {
                    if (!meets(firm.qualifications(), r)) {
                        failures.add(new Failure(Ineligibility.QUALIFICATION_MISSING, List.of(r.displayName())));
                    }
                }
            }
        }
        String avoided = notice.avoidanceReasons().get(firm.firmId());
        if (avoided != null) {
            failures.add(new Failure(Ineligibility.AVOIDED, List.of(avoided)));
        }
        if (alreadyEnrolled) {
            failures.add(new Failure(Ineligibility.ALREADY_ENROLLED, List.of()));
        }
        return List.copyOf(failures);
    }

    /** Several names shown as one message argument, each in the reader's language. */
    public record Joined(List<Object> names) implements LocalizedText {

        @Override
        public String in(Locale locale) {
            return String.join(" / ", names.stream()
                    .map(n -> n instanceof LocalizedText t ? t.in(locale) : String.valueOf(n)).toList());
        }

        @Override
        public String toString() {
            return in(Locale.ENGLISH);
        }
    }

    /** Whether one of the held qualifications counts for {@code r}: same type, counting that day, level high enough. */
    static boolean meets(List<Held> held, Required r) {
        return held.stream().anyMatch(h -> h.counts() && h.typeCode().equals(r.typeCode()) && levelReaches(h.level(), r));
    }

    /** Levels are listed highest first: a held level reaches the minimum when it stands at or before it. */
    static boolean levelReaches(String held, Required r) {
        if (r.minLevel() == null || r.minLevel().isBlank()) {
            return true;
        }
        if (held == null) {
            return false;
        }
        int min = r.levelsHighestFirst().indexOf(r.minLevel());
        int have = r.levelsHighestFirst().indexOf(held);
        if (min < 0) {
            return Objects.equals(held, r.minLevel());
        }
        return have >= 0 && have <= min;
    }
}

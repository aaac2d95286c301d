package org.zjcs.selection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zjcs.catalog.domain.RequirementMode;
import org.zjcs.security.domain.OrganisationStatus;
import org.zjcs.security.domain.RegistrationStatus;
import org.zjcs.selection.domain.EligibilityRules.Failure;
import org.zjcs.selection.domain.EligibilityRules.FirmFacts;
import org.zjcs.selection.domain.EligibilityRules.Held;
import org.zjcs.selection.domain.EligibilityRules.NoticeFacts;
import org.zjcs.selection.domain.EligibilityRules.Required;

class EligibilityRulesTest {

    static final List<String> SURVEY_LEVELS = List.of("综合资质", "甲级", "乙级");
    static final Required SURVEY_B = new Required("ENG_SURVEY", "乙级", SURVEY_LEVELS, "survey B");
    static final Required SURVEY_A = new Required("ENG_SURVEY", "甲级", SURVEY_LEVELS, "survey A");
    static final Required MAPPING = new Required("SURVEYING_MAPPING", null, List.of("甲级", "乙级"), "mapping");

    static FirmFacts firm(Held... held) {
        return new FirmFacts(7, RegistrationStatus.APPROVED, OrganisationStatus.ACTIVE, null, Set.of(6L), List.of(held));
    }

    static NoticeFacts notice(RequirementMode mode, Required... reqs) {
        return new NoticeFacts(1, 6, mode, List.of(reqs), Map.of());
    }

    static List<Ineligibility> rules(List<Failure> f) {
        return f.stream().map(Failure::rule).toList();
    }

    @Test
    void anApprovedFirmOfferingTheItemWithTheQualificationIsEligible() {
        assertEquals(List.of(), EligibilityRules.check(firm(new Held("ENG_SURVEY", "乙级", true)),
                notice(RequirementMode.ALL_OF, SURVEY_B), false));
    }

    @Test
    void aHigherLevelMeetsALowerMinimumButNotTheOtherWayRound() {
        assertTrue(EligibilityRules.check(firm(new Held("ENG_SURVEY", "综合资质", true)),
                notice(RequirementMode.ALL_OF, SURVEY_B), false).isEmpty());
        List<Failure> f = EligibilityRules.check(firm(new Held("ENG_SURVEY", "乙级", true)),
                notice(RequirementMode.ALL_OF, SURVEY_A), false);
        assertEquals(List.of(Ineligibility.QUALIFICATION_MISSING), rules(f));
        assertEquals(List.of("survey A"), f.get(0).args());
    }

    @Test
    void aQualificationThatDoesNotCountThatDayIsMissing() {
        assertEquals(List.of(Ineligibility.QUALIFICATION_MISSING), rules(EligibilityRules.check(
                firm(new Held("ENG_SURVEY", "甲级", false)), notice(RequirementMode.ALL_OF, SURVEY_B), false)));
    }

    @Test
    void allOfNamesEveryMissingQualificationAnyOfNeedsOne() {
        List<Failure> all = EligibilityRules.check(firm(), notice(RequirementMode.ALL_OF, SURVEY_B, MAPPING), false);
        assertEquals(List.of(Ineligibility.QUALIFICATION_MISSING, Ineligibility.QUALIFICATION_MISSING), rules(all));
        assertEquals(List.of("mapping"), all.get(1).args());
        assertTrue(EligibilityRules.check(firm(new Held("SURVEYING_MAPPING", "乙级", true)),
                notice(RequirementMode.ANY_OF, SURVEY_B, MAPPING), false).isEmpty());
        List<Failure> any = EligibilityRules.check(firm(), notice(RequirementMode.ANY_OF, SURVEY_B, MAPPING), false);
        assertEquals(List.of(Ineligibility.NO_QUALIFICATION_OF_LIST), rules(any));
        assertEquals("survey B / mapping", any.get(0).args().get(0).toString());
    }

    @Test
    void aLevelRequiredButNoneHeldDoesNotCount() {
        assertEquals(List.of(Ineligibility.QUALIFICATION_MISSING), rules(EligibilityRules.check(
                firm(new Held("ENG_SURVEY", null, true)), notice(RequirementMode.ALL_OF, SURVEY_B), false)));
    }

    @Test
    void statusItemAvoidanceAndSecondEnrolmentAreEachNamed() {
        FirmFacts suspended = new FirmFacts(7, RegistrationStatus.APPROVED, OrganisationStatus.SUSPENDED, null, Set.of(6L), List.of());
        assertEquals(List.of(Ineligibility.SUSPENDED), rules(EligibilityRules.check(suspended, notice(RequirementMode.ALL_OF), false)));
        FirmFacts pending = new FirmFacts(7, RegistrationStatus.SUBMITTED, OrganisationStatus.PENDING, null, Set.of(6L), List.of());
        assertEquals(List.of(Ineligibility.NOT_APPROVED), rules(EligibilityRules.check(pending, notice(RequirementMode.ALL_OF), false)));
        FirmFacts black = new FirmFacts(7, RegistrationStatus.APPROVED, OrganisationStatus.ACTIVE, LocalDate.of(2027, 3, 31), Set.of(6L), List.of());
        assertEquals(List.of(Ineligibility.BLACK_LISTED), rules(EligibilityRules.check(black, notice(RequirementMode.ALL_OF), false)));
        FirmFacts otherItem = new FirmFacts(7, RegistrationStatus.APPROVED, OrganisationStatus.ACTIVE, null, Set.of(8L), List.of());
        assertEquals(List.of(Ineligibility.ITEM_NOT_OFFERED), rules(EligibilityRules.check(otherItem, notice(RequirementMode.ALL_OF), false)));
        NoticeFacts avoiding = new NoticeFacts(1, 6, RequirementMode.ALL_OF, List.of(), Map.of(7L, "related party"));
        List<Failure> f = EligibilityRules.check(firm(), avoiding, true);
        assertEquals(List.of(Ineligibility.AVOIDED, Ineligibility.ALREADY_ENROLLED), rules(f));
        assertEquals(List.of("related party"), f.get(0).args());
    }

    @Test
    void theBlackListIsItsOwnRuleNamingTheEndDateBesideASuspension() {
        LocalDate until = LocalDate.of(2027, 3, 31);
        List<Failure> black = EligibilityRules.check(new FirmFacts(7, RegistrationStatus.APPROVED, OrganisationStatus.ACTIVE,
                until, Set.of(6L), List.of()), notice(RequirementMode.ALL_OF), false);
        assertEquals(List.of(Ineligibility.BLACK_LISTED), rules(black));
        assertEquals(List.of("2027-03-31"), black.get(0).args(), "the message names the entry's end date");
        assertEquals("eligibility.BLACK_LISTED", black.get(0).messageKey());
        List<Failure> both = EligibilityRules.check(new FirmFacts(7, RegistrationStatus.APPROVED, OrganisationStatus.SUSPENDED,
                until, Set.of(6L), List.of()), notice(RequirementMode.ALL_OF), false);
        assertEquals(List.of(Ineligibility.SUSPENDED, Ineligibility.BLACK_LISTED), rules(both),
                "a suspended firm on the black list fails both rules, each named");
        assertTrue(EligibilityRules.check(firm(), notice(RequirementMode.ALL_OF), false).isEmpty(), "no entry: eligible");
    }
}

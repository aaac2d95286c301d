package org.zjcs.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

/** The rules of a service guide (docs/domain-rules.md, "Service guides"). */
class ServiceGuideTest {

    private static final Instant T = Instant.parse("2026-12-01T02:00:00Z");
    private static final List<GuideStep> STEPS = List.of(new GuideStep("发布采购公告", StepActor.OWNER),
            new GuideStep("编制报告", StepActor.FIRM), new GuideStep("技术评审", StepActor.EXPERTS),
            new GuideStep("审批", StepActor.AUTHORITY));

    private static ServiceGuideDraft draft(String materials, List<GuideStep> steps, Integer days) {
        return new ServiceGuideDraft("建设项目已取得立项文件\n选址已明确", materials, steps, days, "不含专家评审时间",
                "市场调节价", "《国家发展改革委关于进一步放开建设项目专业服务价格的通知》（发改价格〔2015〕299号）");
    }

    private static void refused(String key, Object[] args, Runnable r) {
        DomainException e = assertThrows(DomainException.class, r::run);
        assertEquals(key, e.messageKey());
        if (args != null) {
            assertArrayEquals(args, e.args());
        }
    }

    @Test
    void aValidGuideKeepsItsStepsInOrderAndItsMaterialsAsLines() {
        ServiceGuide g = ServiceGuide.create(1L, draft(" 项目建议书 \n\n 用地预审意见 ", STEPS, 20), T, "regulator01");
        assertEquals(List.of("项目建议书", "用地预审意见"), g.materialList());
        assertEquals(List.of("建设项目已取得立项文件", "选址已明确"), g.conditionList());
        assertEquals(List.of("发布采购公告", "编制报告", "技术评审", "审批"), g.getSteps().stream().map(GuideStep::getName).toList());
        assertEquals(StepActor.AUTHORITY, g.getSteps().get(3).getActor());
        assertEquals(20, g.getTimeLimitDays());
        assertEquals("regulator01", g.getUpdatedBy());
    }

    @Test
    void emptyFormRowsAreLeftOutButAHalfFilledStepIsRefused() {
        List<GuideStep> withBlank = new ArrayList<>(STEPS);
        withBlank.add(new GuideStep("  ", null));
        assertEquals(4, ServiceGuide.create(1L, draft("项目建议书", withBlank, 20), T, "r").getSteps().size());
        refused("guide.error.stepActorRequired", new Object[] {2},
                () -> ServiceGuide.create(1L, draft("项目建议书", List.of(STEPS.get(0), new GuideStep("编制", null)), 20), T, "r"));
        refused("guide.error.stepNameRequired", new Object[] {1},
                () -> ServiceGuide.create(1L, draft("项目建议书", List.of(new GuideStep("", StepActor.FIRM)), 20), T, "r"));
        refused("guide.error.stepNameTooLong", new Object[] {1, ServiceGuide.MAX_LINE}, () -> ServiceGuide.create(1L,
                draft("项目建议书", List.of(new GuideStep("步".repeat(ServiceGuide.MAX_LINE + 1), StepActor.FIRM)), 20), T, "r"));
    }

    @Test
    void oneToTwentySteps() {
        refused("guide.error.stepsRequired", null, () -> ServiceGuide.create(1L, draft("项目建议书", List.of(), 20), T, "r"));
        refused("guide.error.stepsRequired", null, () -> ServiceGuide.create(1L, draft("项目建议书", null, 20), T, "r"));
        List<GuideStep> twenty = Collections.nCopies(20, new GuideStep("步骤", StepActor.FIRM));
        assertEquals(20, ServiceGuide.create(1L, draft("项目建议书", twenty, 20), T, "r").getSteps().size());
        List<GuideStep> many = new ArrayList<>(twenty);
        many.add(new GuideStep("步骤", StepActor.FIRM));
        refused("guide.error.tooManySteps", new Object[] {20}, () -> ServiceGuide.create(1L, draft("项目建议书", many, 20), T, "r"));
    }

    @Test
    void timeLimitIsOneTo365WorkingDays() {
        assertEquals(1, ServiceGuide.create(1L, draft("a", STEPS, 1), T, "r").getTimeLimitDays());
        assertEquals(365, ServiceGuide.create(1L, draft("a", STEPS, 365), T, "r").getTimeLimitDays());
        for (Integer bad : new Integer[] {0, -3, 366, null}) {
            refused("guide.error.timeLimit", new Object[] {365}, () -> ServiceGuide.create(1L, draft("a", STEPS, bad), T, "r"));
        }
    }

    @Test
    void materialsOneToThirtyLinesOfAtMostAHundredCharacters() {
        refused("guide.error.materialsRequired", null, () -> ServiceGuide.create(1L, draft(" \n ", STEPS, 5), T, "r"));
        refused("guide.error.tooManyMaterials", new Object[] {30},
                () -> ServiceGuide.create(1L, draft("材料\n".repeat(31), STEPS, 5), T, "r"));
        refused("guide.error.materialTooLong", new Object[] {100},
                () -> ServiceGuide.create(1L, draft("材".repeat(101), STEPS, 5), T, "r"));
    }

    @Test
    void conditionsAndFeesAreRequiredAndBounded() {
        refused("guide.error.conditionsRequired", null, () -> ServiceGuide.create(1L,
                new ServiceGuideDraft(" ", "a", STEPS, 5, null, "市场调节价", "依据"), T, "r"));
        refused("guide.error.feeStandardRequired", null, () -> ServiceGuide.create(1L,
                new ServiceGuideDraft("条件", "a", STEPS, 5, null, null, "依据"), T, "r"));
        refused("guide.error.feeBasisRequired", null, () -> ServiceGuide.create(1L,
                new ServiceGuideDraft("条件", "a", STEPS, 5, null, "市场调节价", ""), T, "r"));
        refused("guide.error.tooLong", new Object[] {2000}, () -> ServiceGuide.create(1L,
                new ServiceGuideDraft("条件", "a", STEPS, 5, null, "价".repeat(2001), "依据"), T, "r"));
        refused("guide.error.tooLong", new Object[] {500}, () -> ServiceGuide.create(1L,
                new ServiceGuideDraft("条件", "a", STEPS, 5, "注".repeat(501), "市场调节价", "依据"), T, "r"));
        assertNull(ServiceGuide.create(1L, new ServiceGuideDraft("条件", "a", STEPS, 5, "  ", "市场调节价", "依据"), T, "r")
                .getTimeLimitNote());
    }

    @Test
    void aRefusedChangeLeavesTheGuideAsItWas() {
        ServiceGuide g = ServiceGuide.create(1L, draft("项目建议书", STEPS, 20), T, "r");
        assertThrows(DomainException.class, () -> g.change(draft("", STEPS, 20), T.plusSeconds(60), "other"));
        assertThrows(DomainException.class, () -> g.change(draft("新材料", STEPS, 400), T.plusSeconds(60), "other"));
        assertEquals(List.of("项目建议书"), g.materialList());
        assertEquals(20, g.getTimeLimitDays());
        assertEquals("r", g.getUpdatedBy());
    }
}

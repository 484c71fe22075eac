package cn.bangfu.campaign.entity;

import static cn.bangfu.campaign.entity.Fixture.FGJ;
import static cn.bangfu.campaign.entity.Fixture.GXJ;
import static cn.bangfu.campaign.entity.Fixture.SHOES;
import static cn.bangfu.campaign.entity.Fixture.SWJ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan's states, who may do what, and its lateness against the plan deadline (31 March 2026). */
class AssistancePlanTest {

    static final PlanActor LEADING = new PlanActor("pj-gxj", GXJ.getId(), UnitRole.LEADING, false);
    static final PlanActor CO = new PlanActor("pj-fgj", FGJ.getId(), UnitRole.CO, false);
    static final PlanActor STRANGER = new PlanActor("pj-sw", 9L, null, false);
    static final PlanActor OFFICE = new PlanActor("office", null, null, true);
    static final Instant NOW = Instant.parse("2026-03-20T02:00:00Z");
    static final LocalDate DEADLINE = LocalDate.of(2026, 3, 31);

    static AssistancePlan draft() {
        AssistancePlan p = new AssistancePlan(Fixture.threeToOne(), SHOES, GXJ);
        p.edit(LEADING, "订单增长 20%", List.of(new AssistancePlan.MeasureInput("组织订货会", SWJ, LocalDate.of(2026, 6, 30)),
                new AssistancePlan.MeasureInput("协调用电", GXJ, LocalDate.of(2026, 5, 31))));
        return p;
    }

    @Test
    void aDraftIsSubmittedApprovedAndNoLongerEditable() {
        AssistancePlan p = draft();
        assertEquals(PlanStatus.DRAFT, p.getStatus());
        assertEquals(2, p.getMeasures().size());
        p.submit(LEADING, NOW, LocalDate.of(2026, 3, 20));
        assertEquals(PlanStatus.SUBMITTED, p.getStatus());
        assertEquals(LocalDate.of(2026, 3, 20), p.getSubmittedOn());
        assertThrows(ConflictException.class, () -> p.edit(LEADING, "别的", List.of()));
        p.approve(OFFICE, NOW);
        assertEquals(PlanStatus.APPROVED, p.getStatus());
        assertThrows(ConflictException.class, () -> p.approve(OFFICE, NOW));
        assertThrows(ConflictException.class, () -> p.returnWith(OFFICE, "再改改", NOW));
        assertThrows(ConflictException.class, () -> p.submit(LEADING, NOW, LocalDate.of(2026, 3, 21)));
    }

    @Test
    void aReturnedPlanNeedsAReasonAndIsResubmitted() {
        AssistancePlan p = draft();
        p.submit(LEADING, NOW, LocalDate.of(2026, 3, 20));
        InvalidInputException noReason = assertThrows(InvalidInputException.class, () -> p.returnWith(OFFICE, "  ", NOW));
        assertEquals("plan.returnReason.required", noReason.errors().get(0).messageKey());
        assertEquals(PlanStatus.SUBMITTED, p.getStatus());
        p.returnWith(OFFICE, "措施没有责任人分工", NOW);
        assertEquals(PlanStatus.RETURNED, p.getStatus());
        assertEquals("措施没有责任人分工", p.getReturnReason());
        assertThrows(ConflictException.class, () -> p.approve(OFFICE, NOW));
        p.edit(LEADING, "订单增长 30%", List.of(new AssistancePlan.MeasureInput("组织订货会", SWJ, LocalDate.of(2026, 6, 30))));
        p.submit(LEADING, NOW, LocalDate.of(2026, 4, 10));
        assertEquals(PlanStatus.SUBMITTED, p.getStatus());
        assertNull(p.getReturnReason());
        // the first submission was on time: resubmitting after the deadline does not make it late
        assertEquals(LocalDate.of(2026, 3, 20), p.getSubmittedOn());
        assertEquals(0, p.daysLate(LocalDate.of(2026, 5, 1)));
        p.approve(OFFICE, NOW);
        assertEquals(PlanStatus.APPROVED, p.getStatus());
    }

    @Test
    void onlyTheLeadingUnitFilesAndSubmits() {
        AssistancePlan p = draft();
        assertThrows(ForbiddenException.class, () -> p.edit(CO, "配合单位的方案", List.of()));
        assertThrows(ForbiddenException.class, () -> p.submit(CO, NOW, LocalDate.of(2026, 3, 20)));
        assertThrows(ForbiddenException.class, () -> p.edit(OFFICE, "帮扶办代写", List.of()));
        assertEquals("订单增长 20%", p.getGoals());
    }

    @Test
    void onlyTheOfficeApprovesOrReturns() {
        AssistancePlan p = draft();
        p.submit(LEADING, NOW, LocalDate.of(2026, 3, 20));
        assertThrows(ForbiddenException.class, () -> p.approve(LEADING, NOW));
        assertThrows(ForbiddenException.class, () -> p.approve(CO, NOW));
        assertThrows(ForbiddenException.class, () -> p.returnWith(CO, "不行", NOW));
        assertEquals(PlanStatus.SUBMITTED, p.getStatus());
    }

    @Test
    void coUnitsAndTheOfficeCommentStrangersDoNot() {
        AssistancePlan p = draft();
        p.comment(CO, FGJ, "建议增加融资对接", NOW);
        p.comment(OFFICE, null, "请细化时间节点", NOW);
        assertEquals(2, p.getComments().size());
        assertEquals(FGJ, p.getComments().get(0).getUnit());
        assertNull(p.getComments().get(1).getUnit());
        assertThrows(ForbiddenException.class, () -> p.comment(STRANGER, Fixture.SW, "路过", NOW));
        assertThrows(InvalidInputException.class, () -> p.comment(CO, FGJ, " ", NOW));
    }

    @Test
    void submittingNeedsGoalsAndMeasuresWithUnitAndDueDate() {
        AssistancePlan p = new AssistancePlan(Fixture.threeToOne(), SHOES, GXJ);
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> p.submit(LEADING, NOW, LocalDate.of(2026, 3, 1)));
        assertEquals(List.of("goals", "measures"), empty.errors().stream().map(e -> e.field()).toList());
        p.edit(LEADING, "目标", List.of(new AssistancePlan.MeasureInput("措施", null, null)));
        InvalidInputException half = assertThrows(InvalidInputException.class, () -> p.submit(LEADING, NOW, LocalDate.of(2026, 3, 1)));
        assertEquals(List.of("measures[0].unit", "measures[0].dueDate"), half.errors().stream().map(e -> e.field()).toList());
        assertEquals(PlanStatus.DRAFT, p.getStatus());
        assertThrows(InvalidInputException.class,
                () -> p.edit(LEADING, "目标", List.of(new AssistancePlan.MeasureInput(" ", GXJ, LocalDate.of(2026, 6, 1)))));
    }

    @Test
    void lateness() {
        // not submitted: late by the days since the deadline, none before it
        assertEquals(0, AssistancePlan.daysLate(DEADLINE, null, LocalDate.of(2026, 3, 31)));
        assertEquals(1, AssistancePlan.daysLate(DEADLINE, null, LocalDate.of(2026, 4, 1)));
        assertEquals(30, AssistancePlan.daysLate(DEADLINE, null, LocalDate.of(2026, 4, 30)));
        // submitted late: stays late by the days it was late, however long ago
        assertEquals(10, AssistancePlan.daysLate(DEADLINE, LocalDate.of(2026, 4, 10), LocalDate.of(2026, 11, 1)));
        // submitted on time
        assertEquals(0, AssistancePlan.daysLate(DEADLINE, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 11, 1)));
        // no deadline: never late
        assertEquals(0, AssistancePlan.daysLate(null, null, LocalDate.of(2026, 11, 1)));
    }

    @Test
    void aDraftIsLateUntilSubmittedThenFixed() {
        AssistancePlan p = draft();
        assertEquals(19, p.daysLate(LocalDate.of(2026, 4, 19)));
        p.submit(LEADING, NOW, LocalDate.of(2026, 4, 19));
        assertEquals(19, p.daysLate(LocalDate.of(2026, 9, 1)));
        assertTrue(p.getStatus().filed());
    }

    @Test
    void eachCallerIsToldWhatHeMayDoNow() {
        assertEquals(List.of(PlanAction.EDIT, PlanAction.SUBMIT), PlanStatus.beforeDraft(LEADING));
        assertEquals(List.of(), PlanStatus.beforeDraft(CO));
        assertEquals(List.of(), PlanStatus.beforeDraft(OFFICE));
        AssistancePlan p = draft();
        assertEquals(List.of(PlanAction.EDIT, PlanAction.SUBMIT, PlanAction.COMMENT, PlanAction.ATTACH), p.getStatus().actions(LEADING));
        assertEquals(List.of(PlanAction.COMMENT), p.getStatus().actions(CO));
        assertEquals(List.of(PlanAction.COMMENT), p.getStatus().actions(OFFICE));
        assertEquals(List.of(), p.getStatus().actions(STRANGER));
        p.submit(LEADING, NOW, LocalDate.of(2026, 3, 20));
        assertEquals(List.of(PlanAction.COMMENT, PlanAction.ATTACH), p.getStatus().actions(LEADING));
        assertEquals(List.of(PlanAction.APPROVE, PlanAction.RETURN, PlanAction.COMMENT), p.getStatus().actions(OFFICE));
        p.returnWith(OFFICE, "措施没有责任人分工", NOW);
        assertEquals(List.of(PlanAction.EDIT, PlanAction.SUBMIT, PlanAction.COMMENT, PlanAction.ATTACH), p.getStatus().actions(LEADING));
        assertEquals(List.of(PlanAction.COMMENT), p.getStatus().actions(OFFICE));
        p.submit(LEADING, NOW, LocalDate.of(2026, 3, 21));
        p.approve(OFFICE, NOW);
        assertEquals(List.of(PlanAction.COMMENT, PlanAction.ATTACH), p.getStatus().actions(LEADING));
        assertEquals(List.of(PlanAction.COMMENT), p.getStatus().actions(OFFICE));
    }
}

package cn.bangfu.inspection.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.campaign.entity.Fixture;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A round's own rules: what the office must give (a name, a window the right way round and not too long, a checklist of
 * well-formed, distinct codes, the seed's eight by default), and how its status moves: published only from planning, then
 * on to in progress and closed, or back to planning; its window fixed once published.
 */
class InspectionRoundTest {

    private static final LocalDate APRIL_13 = LocalDate.of(2026, 4, 13);
    private static final LocalDate APRIL_24 = LocalDate.of(2026, 4, 24);
    private static final Instant NOW = Instant.parse("2026-04-01T02:00:00Z");

    private static InspectionRound april() {
        return new InspectionRound(Fixture.threeToOne(), RoundData.draft("2026年4月全面督查", APRIL_13, APRIL_24, null), "office", NOW);
    }

    @Test
    void aNewRoundInspectsAgainstTheSeedsEightComplaints() {
        InspectionRound r = april();
        assertEquals(RoundStatus.PLANNING, r.getStatus());
        assertEquals(List.of("UNKNOWN_TARGET", "NO_PLAN", "NO_VISIT", "PROBLEM_OPEN", "LEAD_ABSENT", "REFUSED", "CHARGES", "OTHER"),
                r.getChecklist().stream().map(ChecklistItem::getCode).toList());
        assertTrue(r.contains(APRIL_13) && r.contains(APRIL_24) && !r.contains(APRIL_24.plusDays(1)));
    }

    @Test
    void everyBadFieldIsToldAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new InspectionRound(Fixture.threeToOne(),
                RoundData.draft(" ", APRIL_24, APRIL_13, List.of(new RoundData.Item("no_plan", "未制定方案"), new RoundData.Item("OTHER", " "),
                        new RoundData.Item("OTHER", "其他"))), "office", NOW));
        assertEquals(List.of("name:field.required", "to:inspection.round.window.reversed", "checklist[0].code:inspection.checklist.code",
                "checklist[1].name:field.required", "checklist[2].code:inspection.checklist.duplicate"),
                e.errors().stream().map(f -> f.field() + ":" + f.messageKey()).toList());
    }

    @Test
    void aRoundLastsAtMostThreeMonths() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new InspectionRound(Fixture.threeToOne(),
                RoundData.draft("全年督查", APRIL_13, APRIL_13.plusDays(93), null), "office", NOW));
        assertEquals(List.of(FieldError.of("to", "inspection.round.window.tooLong", 92)), e.errors());
        new InspectionRound(Fixture.threeToOne(), RoundData.draft("一季度督查", APRIL_13, APRIL_13.plusDays(92), null), "office", NOW);
    }

    @Test
    void publishedThenInProgressThenClosedOrBackToPlanning() {
        InspectionRound r = april();
        ConflictException early = assertThrows(ConflictException.class, () -> r.moveTo(RoundStatus.IN_PROGRESS));
        assertEquals("inspection.round.move", early.errors().get(0).messageKey(), "publishing is its own step");
        r.publish(NOW);
        assertEquals(RoundStatus.SCHEDULED, r.getStatus());
        assertEquals(NOW, r.getPublishedAt());
        assertThrows(ConflictException.class, () -> r.publish(NOW), "published once");
        assertThrows(ConflictException.class, r::requirePlanning, "teams and targets are fixed");
        assertThrows(ConflictException.class, () -> r.edit(RoundData.draft("2026年4月全面督查", APRIL_13.plusDays(1), APRIL_24, null)),
                "and the window");
        r.edit(RoundData.draft("2026年4月全面督查（第一批）", APRIL_13, APRIL_24, null));
        assertEquals("2026年4月全面督查（第一批）", r.getName(), "a name still changes");
        r.moveTo(RoundStatus.PLANNING);
        assertEquals(null, r.getPublishedAt(), "back to planning: no longer published");
        r.publish(NOW);
        r.moveTo(RoundStatus.IN_PROGRESS);
        r.moveTo(RoundStatus.CLOSED);
        assertThrows(ConflictException.class, () -> r.moveTo(RoundStatus.IN_PROGRESS), "closed is history");
    }
}

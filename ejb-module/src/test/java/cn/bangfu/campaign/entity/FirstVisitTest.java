package cn.bangfu.campaign.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.FieldError;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** First visits (due within the campaign's first-visit days of the assignment) and the rules of a logged visit. */
class FirstVisitTest {

    static final LocalDate ASSIGNED = LocalDate.of(2026, 2, 20);
    static final LocalDate DUE = FirstVisit.dueOn(ASSIGNED, 30);

    static FirstVisit fv(LocalDate first, LocalDate last, long visits) {
        return new FirstVisit("c", 1L, "t", "pj-gxj", "工信局", "LEADING", ASSIGNED, DUE, first, last, visits);
    }

    @Test
    void dueWithinTheFirstVisitDays() {
        assertEquals(LocalDate.of(2026, 3, 22), DUE);
    }

    @Test
    void aUnitThatNeverVisitedIsPendingThenMissing() {
        FirstVisit none = fv(null, null, 0);
        assertEquals(FirstVisit.State.PENDING, none.state(LocalDate.of(2026, 3, 22)));
        assertEquals(0, none.daysOverdue(LocalDate.of(2026, 3, 22)));
        assertEquals(FirstVisit.State.MISSING, none.state(LocalDate.of(2026, 3, 23)));
        assertEquals(40, none.daysOverdue(LocalDate.of(2026, 5, 1)));
        assertNull(none.daysSinceLastVisit(LocalDate.of(2026, 5, 1)));
    }

    @Test
    void aFirstVisitAfterTheDueDayStaysLate() {
        // like the 8 units that went only after the first circular at the end of April
        FirstVisit late = fv(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 9, 1), 3);
        assertEquals(FirstVisit.State.LATE, late.state(LocalDate.of(2026, 11, 1)));
        assertEquals(41, late.daysOverdue(LocalDate.of(2026, 11, 1)));
        assertEquals(61, late.daysSinceLastVisit(LocalDate.of(2026, 11, 1)));
        FirstVisit onTime = fv(LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 22), 1);
        assertEquals(FirstVisit.State.ON_TIME, onTime.state(LocalDate.of(2026, 11, 1)));
        assertEquals(0, onTime.daysOverdue(LocalDate.of(2026, 11, 1)));
    }

    @Test
    void aJointVisitCountsForEveryUnitPresent() {
        Campaign c = Fixture.threeToOne();
        Visit v = new Visit(c, Fixture.SHOES, LocalDate.of(2026, 3, 1), VisitMode.FIELD, Set.of(Fixture.GXJ, Fixture.FGJ), Set.of(),
                "订单不足", null, Fixture.GXJ, "pj-gxj", java.time.Instant.now());
        assertTrue(v.counts(Fixture.GXJ));
        assertTrue(v.counts(Fixture.FGJ));
        assertTrue(!v.counts(Fixture.SWJ));
        assertTrue(v.joint());
    }

    @Test
    void visitRules() {
        Campaign c = Fixture.threeToOne();
        LocalDate today = LocalDate.of(2026, 6, 1);
        Map<String, Unit> known = Map.of("pj-gxj", Fixture.GXJ, "pj-fgj", Fixture.FGJ, "pj-sw", Fixture.SW);
        Set<String> team = Set.of("pj-gxj", "pj-fgj", "pj-swj");
        Map<Long, Cadre> cadres = Map.of(Fixture.CHEN.getId(), Fixture.CHEN, Fixture.ZHOU.getId(), Fixture.ZHOU);
        VisitData ok = VisitData.of(TargetRef.of(Fixture.SHOES), LocalDate.of(2026, 5, 30), "实地走访", List.of("pj-gxj", "pj-fgj"),
                List.of(Fixture.CHEN.getId(), Fixture.ZHOU.getId()), "缺订单", "对接商务局");
        assertEquals(List.of(), VisitRules.check(ok, c, today, "pj-gxj", ok.units(), known, team, cadres));

        VisitData bad = VisitData.of(TargetRef.of(Fixture.SHOES), LocalDate.of(2026, 6, 2), "PICNIC", List.of("pj-fgj", "pj-sw"),
                List.of(Fixture.CHEN.getId()), " ", null);
        List<String> keys = VisitRules.check(bad, c, today, "pj-gxj", bad.units(), known, team, cadres).stream()
                .map(FieldError::messageKey).toList();
        assertEquals(List.of("visit.date.future", "visit.form.unknown", "visit.unit.notAssigned", "visit.unit.recorderAbsent",
                "visit.cadre.notPresent", "field.required"), keys);

        VisitData early = VisitData.of(TargetRef.of(Fixture.SHOES), LocalDate.of(2025, 12, 31), "PHONE", List.of("pj-gxj"), List.of(),
                "电话了解", null);
        assertEquals(List.of("visit.date.beforeCampaign"), VisitRules.check(early, c, today, "pj-gxj", early.units(), known, team, cadres)
                .stream().map(FieldError::messageKey).toList());
    }
}

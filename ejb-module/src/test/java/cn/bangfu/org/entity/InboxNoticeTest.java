package cn.bangfu.org.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InboxNoticeTest {

    /** A unit as the notice needs it: any unit (same package, so its JPA constructor is at hand). */
    private static final Unit UNIT = new Unit();
    private static final Instant NOW = Instant.parse("2026-03-01T01:02:03Z");

    @Test
    void parametersSurviveTheirColumnWhateverTheyHold() {
        Map<String, String> params = Map.of("target", "湖南赛雅特鞋业有限公司", "odd", "a=b\\c\nsecond line\r", "unit.0.name", "平江县商务局");
        InboxNotice n = new InboxNotice(UNIT, "assignment.assigned", params, new NoticeText("标题", "正文"), NOW);
        assertEquals("assignment.assigned", n.getKind());
        assertEquals(params, n.params());
        assertEquals("odd=a=b\\\\c\\nsecond line\\r\ntarget=湖南赛雅特鞋业有限公司\nunit.0.name=平江县商务局\n", InboxNotice.encode(params),
                "one parameter a line, sorted, so the column reads plainly");
    }

    @Test
    void aNoticeWithTextOnlyHasNoKindAndShowsItsText() {
        InboxNotice n = new InboxNotice(UNIT, "旧通知", "旧正文", NOW);
        assertNull(n.getKind());
        assertEquals(Map.of(), n.params());
        assertEquals("旧通知", n.data().subject());
        assertEquals("旧正文", n.data().body());
    }

    @Test
    void parametersTooLongForTheirColumnAreNotKeptAndTheTextIs() {
        InboxNotice n = new InboxNotice(UNIT, "assignment.assigned", Map.of("body", "长".repeat(InboxNotice.PARAMS_MAX)),
                new NoticeText("标题", "正文"), NOW);
        assertNull(n.getKind(), "a cut parameter list would render wrong");
        assertEquals(Map.of(), n.params());
        assertEquals("正文", n.data().body());
    }

    @Test
    void aNoticeToTheEvaluatorsIsReadByTheEvaluatorsOfItsRegionOnly() {
        Region hunan = Region.create("430000", "湖南省", null);
        Region pingjiang = Region.create("430626", "平江县", Region.create("430600", "岳阳市", hunan));
        InboxNotice n = InboxNotice.toEvaluators(pingjiang, "appraisal.selfAssessed", Map.of("id", "7"), new NoticeText("待评分", "正文"), NOW);
        assertTrue(n.readableBy(new Scope("evaluator", "430626", "430000/430600/430626/", null, null, Set.of(Role.EVALUATOR))));
        assertFalse(n.readableBy(new Scope("evaluator-city", "430600", "430000/430600/", null, null, Set.of(Role.EVALUATOR))),
                "the evaluators of another region, even above it, have an inbox of their own");
        assertFalse(n.readableBy(new Scope("office", "430626", "430000/430600/430626/", null, null, Set.of(Role.OFFICE))),
                "the campaign office does not read the evaluators' notices");
        assertFalse(n.readableBy(new Scope("pj-gxj", "430626", "430000/430600/430626/", 5L, "pj-gxj", Set.of(Role.UNIT, Role.EVALUATOR))),
                "a unit's account reads its unit's inbox");
    }
}

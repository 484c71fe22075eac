package cn.bangfu.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bangfu.inspection.entity.Severity;
import cn.bangfu.report.control.CircularFigures.UnitCount;
import cn.bangfu.report.control.CircularFigures.UnitItem;
import cn.bangfu.report.control.CircularFigures.UnitRef;
import cn.bangfu.report.entity.CircularData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A round's records made into its circular: the figures add up, the table is in order, praise and criticism go to the right units. */
class CircularFiguresTest {

    private static final Map<String, String> ITEMS = Map.of("NO_VISIT", "未走访", "NO_PLAN", "未制定方案", "REFUSED", "拒绝督查",
            "CHARGES", "涉企收费");

    @Test
    void theFiguresTheTableAndWhoIsPraisedOrCriticised() {
        CircularFigures.Result r = CircularFigures.tally(
                List.of(new UnitCount(1, "pj-gxj", "平江县工业和信息化局", Severity.MINOR, 2),
                        new UnitCount(1, "pj-gxj", "平江县工业和信息化局", Severity.MAJOR, 1),
                        new UnitCount(2, "pj-swj", "平江县商务局", Severity.SERIOUS, 1),
                        new UnitCount(3, "pj-nyj", "平江县农业农村局", Severity.MINOR, 1)),
                List.of(new UnitItem(1, "NO_VISIT"), new UnitItem(1, "NO_PLAN"), new UnitItem(2, "CHARGES"), new UnitItem(3, "REFUSED")),
                Map.of(1L, 2, 3L, 1), 26,
                List.of(new UnitRef(1, "pj-gxj", "平江县工业和信息化局"), new UnitRef(4, "pj-tjj", "平江县统计局"),
                        new UnitRef(5, "pj-czj", "平江县财政局"), new UnitRef(4, "pj-tjj", "平江县统计局")),
                ITEMS);

        assertEquals(new CircularData.Figures(26, 5, 1, 3, 3), r.figures(), "visits, findings, serious, units, rectified");
        assertEquals(List.of(
                new CircularData.Row("pj-swj", "平江县商务局", 1, 0, 0, 1, "涉企收费", 0),
                new CircularData.Row("pj-gxj", "平江县工业和信息化局", 3, 2, 1, 0, "未制定方案、未走访", 2),
                new CircularData.Row("pj-nyj", "平江县农业农村局", 1, 1, 0, 0, "拒绝督查", 1)),
                r.rows().stream().map(cn.bangfu.report.entity.CircularRow::data).toList(),
                "the serious first, then the most findings; items by name");
        assertEquals(List.of("平江县财政局", "平江县统计局"), r.praised(), "concerned, no finding, once each, by code");
        assertEquals(List.of("平江县商务局", "平江县农业农村局"), r.criticised(), "a serious finding, or a refused inspection");
    }

    @Test
    void aRoundWithoutFindingsPraisesEveryUnitItConcerns() {
        CircularFigures.Result r = CircularFigures.tally(List.of(), List.of(), Map.of(), 4,
                List.of(new UnitRef(4, "pj-tjj", "平江县统计局")), ITEMS);
        assertEquals(new CircularData.Figures(4, 0, 0, 0, 0), r.figures());
        assertEquals(List.of(), r.rows());
        assertEquals(List.of("平江县统计局"), r.praised());
        assertEquals(List.of(), r.criticised());
    }
}

package cn.bangfu.ledger.control;

import static cn.bangfu.campaign.entity.Fixture.FGJ;
import static cn.bangfu.campaign.entity.Fixture.GXJ;
import static cn.bangfu.campaign.entity.Fixture.MACHINES;
import static cn.bangfu.campaign.entity.Fixture.NEIGHBOUR;
import static cn.bangfu.campaign.entity.Fixture.PINGJIANG;
import static cn.bangfu.campaign.entity.Fixture.SHOES;
import static cn.bangfu.campaign.entity.Fixture.SWJ;
import static cn.bangfu.campaign.entity.Fixture.WSZ;
import static cn.bangfu.campaign.entity.Fixture.WUSHI;
import static cn.bangfu.campaign.entity.Fixture.YUEYANG_COUNTY;
import static cn.bangfu.campaign.entity.Fixture.YY_GXJ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.campaign.control.AssignmentImportCheck;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.Fixture;
import cn.bangfu.ledger.entity.ProblemRow;
import cn.bangfu.ledger.entity.ProblemState;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.org.entity.UnitData;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.registry.entity.KeyProject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rules of an import of the office's 问题台账, cell by cell, on 平江县's campaign (it starts on 2026-01-01). */
class ProblemImportCheckTest {

    private static final Campaign CAMPAIGN = Fixture.threeToOne();
    /** The office imports in June. */
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static final List<ProblemCategories.Category> CATEGORIES = List.of(
            new ProblemCategories.Category("FINANCING", "融资贷款", "Financing", null, null),
            new ProblemCategories.Category("FACTORS", "要素保障", "Production factors", null, null),
            new ProblemCategories.Category("TEA", "茶产业", null, YUEYANG_COUNTY.getCode(), YUEYANG_COUNTY.getPath()));

    private static final KeyProject PARK = Fixture.keyProject("福坤汽车产业园", PINGJIANG);
    /** Two units of the county with one name: the import asks for the code. */
    private static final Unit CENTRE_1 = unit("pj-jfzx-1", "经济发展服务中心");
    private static final Unit CENTRE_2 = unit("pj-jfzx-2", "经济发展服务中心");

    private static ProblemImportCheck.Lookups lookups(Set<String> existingKeys) {
        Map<String, cn.bangfu.registry.entity.Enterprise> enterprises = new HashMap<>();
        Stream.of(SHOES, MACHINES, NEIGHBOUR).forEach(e -> enterprises.put(e.getCreditCode(), e));
        Map<String, Unit> units = new HashMap<>();
        Stream.of(GXJ, FGJ, SWJ, WSZ, YY_GXJ, CENTRE_1, CENTRE_2).forEach(u -> units.put(u.getCode(), u));
        return new ProblemImportCheck.Lookups(enterprises, AssignmentImportCheck.byName(List.of(PARK), KeyProject::getName), units,
                AssignmentImportCheck.byName(List.of(GXJ, FGJ, SWJ, WSZ, CENTRE_1, CENTRE_2), Unit::getName), CATEGORIES, existingKeys);
    }

    private static ProblemRow row(int n, String name, String code, String description, String category, String raised, String unit,
                                  String state, String resolved, String answer) {
        return new ProblemRow(n, name, code, description, category, raised, unit, state, resolved, answer);
    }

    /** A good row of 赛雅特鞋业, resolved. */
    private static ProblemRow shoes(int n, String description) {
        return row(n, SHOES.getName(), SHOES.getCreditCode(), description, "FINANCING", "2026-03-02", "pj-gxj", "已办结", "2026-03-20",
                "已协调银行办理展期");
    }

    private static ProblemImportCheck.Result check(Set<String> existing, ProblemRow... rows) {
        return ProblemImportCheck.check(List.of(rows), CAMPAIGN, lookups(existing), TODAY);
    }

    @Test
    void eachStateWordGivesItsStateWithTheUnitDaysAndAnswerItNeeds() {
        ProblemImportCheck.Result r = check(Set.of(),
                row(2, SHOES.getName(), SHOES.getCreditCode(), "冷链物流成本高。产品外运费用占销售额 8%", "融资贷款", "2026-03-01", null, "未交办", null, null),
                row(3, MACHINES.getName(), " " + MACHINES.getCreditCode().substring(0, 8) + " " + MACHINES.getCreditCode().substring(8).toLowerCase(Locale.ROOT),
                        "二期用地平整进度慢", "FACTORS",
                        "2026/3/2", "平江县发展和改革局", "已交办", null, null),
                row(4, "湖南赛雅特鞋业有限公司", SHOES.getCreditCode(), "新招工人住宿不足！宿舍只能安排 80 人", "factors", "2026年3月3日", "pj-wsz",
                        "办理中", null, null),
                row(5, SHOES.getName(), SHOES.getCreditCode(), "出口退税到账慢", "Financing", "2026-03-04", "pj-swj", "已办结", "2026/3/20",
                        " 已安排专人上门辅导申报 "),
                row(6, "福坤汽车产业园", null, "园区道路未通", "要素保障", "2026-03-05", "pj-gxj", "已销号", "2026年4月1日", "道路已通车"),
                row(7, SHOES.getName(), SHOES.getCreditCode(), "厂区路灯损坏", "FACTORS", "2026-03-06", "pj-jfzx-2", "closed", "2026-03-06", "已修复"));
        assertEquals(List.of(), r.errors());
        assertEquals(0, r.unchanged());
        assertEquals(List.of(ProblemState.REGISTERED, ProblemState.ROUTED, ProblemState.ACCEPTED, ProblemState.RESOLVED, ProblemState.CLOSED,
                ProblemState.CLOSED), r.plan().stream().map(p -> p.imported().state()).toList());
        assertEquals(List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4),
                LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6)), r.plan().stream().map(p -> p.registration().raisedOn()).toList(),
                "the three forms offices write a day in");
        assertEquals(java.util.Arrays.asList(null, FGJ, WSZ, SWJ, GXJ, CENTRE_2), r.plan().stream().map(p -> p.imported().unit()).toList(),
                "a unit by its name or its code, even one of two namesakes by code");
        assertEquals(java.util.Arrays.asList(null, null, null, LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 6)),
                r.plan().stream().map(p -> p.imported().resolvedOn()).toList());
        assertEquals("已安排专人上门辅导申报", r.plan().get(3).imported().answer());
        assertEquals(List.of(SHOES, MACHINES, SHOES, SHOES, PARK, SHOES), r.plan().stream().map(p -> p.registration().target()).toList(),
                "a credit code typed in lower case with spaces is the code; a key project by its name");
        assertEquals(List.of("FINANCING", "FACTORS", "FACTORS", "FINANCING", "FACTORS", "FACTORS"),
                r.plan().stream().map(p -> p.registration().category()).toList(), "a category by its code, Chinese or English name");
        assertEquals(List.of("冷链物流成本高", "二期用地平整进度慢", "新招工人住宿不足"), r.plan().subList(0, 3).stream().map(p -> p.registration().title()).toList(),
                "the title is the description's first sentence");
        assertEquals("冷链物流成本高。产品外运费用占销售额 8%", r.plan().get(0).registration().description());
        assertTrue(r.plan().get(0).imported().key().matches("[0-9a-f]{64}"), r.plan().get(0).imported().key());
    }

    @Test
    void everyBadCellIsReportedWithItsRowAndColumn() {
        String badCheck = SHOES.getCreditCode().substring(0, 17) + (SHOES.getCreditCode().endsWith("0") ? "1" : "0");
        String unknown = cn.bangfu.registry.entity.CreditCode.compose('9', '1', "430626", "MA4L0099");
        ProblemImportCheck.Result r = check(Set.of(),
                row(2, "赛雅特", badCheck, "贷款展期", "FINANCING", "2026-03-02", null, "未交办", null, null),
                row(3, "某公司", unknown, "贷款展期", "FINANCING", "2026-03-02", null, "未交办", null, null),
                row(4, NEIGHBOUR.getName(), NEIGHBOUR.getCreditCode(), "贷款展期", "FINANCING", "2026-03-02", null, "未交办", null, null),
                row(5, "赛雅特鞋业", SHOES.getCreditCode(), "贷款展期", "FINANCING", "2026-03-02", null, "未交办", null, null),
                row(6, null, null, "贷款展期", "FINANCING", "2026-03-02", null, "未交办", null, null),
                row(7, "没有这个项目", null, "贷款展期", "FINANCING", "2026-03-02", null, "未交办", null, null),
                row(8, SHOES.getName(), SHOES.getCreditCode(), " ", "天气", null, null, null, null, null),
                row(9, SHOES.getName(), SHOES.getCreditCode(), "贷款展期", "茶产业", "明天", null, "已完成", null, null),
                row(10, SHOES.getName(), SHOES.getCreditCode(), "贷款展期", "FINANCING", "2026-07-01", null, "未交办", null, null),
                row(11, SHOES.getName(), SHOES.getCreditCode(), "贷款展期", "FINANCING", "2025/12/31", null, "未交办", null, null),
                row(12, SHOES.getName(), SHOES.getCreditCode(), "贷款展期", "FINANCING", "2026-03-02", null, "已办结", null, null),
                row(13, SHOES.getName(), SHOES.getCreditCode(), "贷款展期", "FINANCING", "2026-03-02", "pj-gxj", "未交办", "2026-03-03", "已办"),
                row(14, SHOES.getName(), SHOES.getCreditCode(), "贷款展期", "FINANCING", "2026-03-02", "yy-gxj", "已销号", "2026-03-01", "已办"),
                row(15, SHOES.getName(), SHOES.getCreditCode(), "贷款展期", "FINANCING", "2026-03-02", "没有这个单位", "已办结", "2026-06-16", "已办"),
                row(16, SHOES.getName(), SHOES.getCreditCode(), "贷款展期", "FINANCING", "2026-03-02", "经济发展服务中心", "办理中", null, null),
                row(17, SHOES.getName(), SHOES.getCreditCode(), "贷款展期", "FINANCING", "2026-03-02", "pj-gxj", "已办结", "三月底", "已办"),
                row(18, SHOES.getName(), SHOES.getCreditCode(), "贷".repeat(4001), "FINANCING", "2026-03-02", "pj-gxj", "已办结", "2026-03-03",
                        "办".repeat(4001)),
                shoes(19, "贷款展期"),
                shoes(20, " 贷款展期 "));
        assertEquals(List.of(
                FieldError.of("creditCode", "creditCode.checkDigit", SHOES.getCreditCode().substring(17), badCheck.substring(17)).at(2, "C"),
                FieldError.of("creditCode", "ledger.import.enterprise.unknown", unknown, "平江县").at(3, "C"),
                FieldError.of("creditCode", "ledger.import.enterprise.unknown", NEIGHBOUR.getCreditCode(), "平江县").at(4, "C"),
                FieldError.of("enterpriseName", "ledger.import.enterprise.name", "赛雅特鞋业", SHOES.getName()).at(5, "B"),
                FieldError.of("creditCode", "ledger.import.target.required").at(6, "C"),
                FieldError.of("enterpriseName", "ledger.import.project.unknown", "没有这个项目", "平江县").at(7, "B"),
                FieldError.of("description", "field.required").at(8, "D"),
                FieldError.of("category", "ledger.category.unknown", "天气").at(8, "E"),
                FieldError.of("raisedOn", "field.required").at(8, "F"),
                FieldError.of("state", "field.required").at(8, "H"),
                FieldError.of("category", "ledger.category.unknown", "茶产业").at(9, "E"),
                FieldError.of("raisedOn", "ledger.import.date.format", "明天").at(9, "F"),
                FieldError.of("state", "ledger.import.state.unknown", "已完成").at(9, "H"),
                FieldError.of("raisedOn", "ledger.raisedOn.future").at(10, "F"),
                FieldError.of("raisedOn", "ledger.raisedOn.beforeCampaign", "2026-01-01").at(11, "F"),
                FieldError.of("unit", "ledger.import.unit.required").at(12, "G"),
                FieldError.of("resolvedOn", "ledger.import.resolvedOn.required").at(12, "I"),
                FieldError.of("answer", "ledger.answer.required").at(12, "J"),
                FieldError.of("unit", "ledger.import.unit.notRouted").at(13, "G"),
                FieldError.of("resolvedOn", "ledger.import.resolvedOn.notResolved").at(13, "I"),
                FieldError.of("answer", "ledger.import.answer.notResolved").at(13, "J"),
                FieldError.of("unit", "ledger.unit.outside", "yy-gxj", "平江县").at(14, "G"),
                FieldError.of("resolvedOn", "ledger.import.resolvedOn.beforeRaised", "2026-03-02").at(14, "I"),
                FieldError.of("unit", "ledger.unit.outside", "没有这个单位", "平江县").at(15, "G"),
                FieldError.of("resolvedOn", "ledger.import.resolvedOn.future").at(15, "I"),
                FieldError.of("unit", "ledger.import.unit.ambiguous", 2, "经济发展服务中心").at(16, "G"),
                FieldError.of("resolvedOn", "ledger.import.date.format", "三月底").at(17, "I"),
                FieldError.of("description", "field.tooLong", 4000).at(18, "D"),
                FieldError.of("answer", "field.tooLong", 4000).at(18, "J"),
                FieldError.of("description", "ledger.import.duplicate", "19").at(20, "D")), r.errors());
        assertEquals("企业名称\"赛雅特鞋业\"与该统一社会信用代码登记的名称\"湖南赛雅特鞋业有限公司\"不符", Messages.text(Messages.CHINESE, r.errors().get(3)));
        assertEquals("A responsible unit is required unless the state is 未交办 (not routed)", Messages.text(Locale.ENGLISH, r.errors().get(15)));
        assertEquals(List.of(), r.plan().stream().filter(p -> p.row() != 19).toList(), "only the one good row is planned");
    }

    @Test
    void aRowTheCampaignHasAlreadyChangesNothingEvenTwiceInAFile() {
        ProblemImportCheck.Result first = check(Set.of(), shoes(2, "贷款展期。流动资金贷款将到期"));
        String key = first.plan().get(0).imported().key();
        ProblemImportCheck.Result again = check(Set.of(key), shoes(2, "贷款展期。流动资金贷款将到期"), shoes(3, " 贷款展期。流动资金贷款将到期 "),
                shoes(4, "用电增容"));
        assertEquals(List.of(), again.errors(), "rows of one problem the campaign has are no duplicates to report");
        assertEquals(2, again.unchanged());
        assertEquals(List.of(4), again.plan().stream().map(ProblemImportCheck.Planned::row).toList());
    }

    @Test
    void theKeyIsTheCampaignTheTargetTheDayAndTheDescription() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        String key = ProblemImportCheck.key("pj-2026-sby", SHOES, day, "贷款展期");
        assertEquals(key, ProblemImportCheck.key("pj-2026-sby", SHOES, day, "  贷款展期\n"), "the description as cleaned");
        for (String other : List.of(ProblemImportCheck.key("pj-2027-sby", SHOES, day, "贷款展期"), ProblemImportCheck.key("pj-2026-sby", MACHINES, day, "贷款展期"),
                ProblemImportCheck.key("pj-2026-sby", SHOES, day.plusDays(1), "贷款展期"), ProblemImportCheck.key("pj-2026-sby", SHOES, day, "贷款续贷"),
                ProblemImportCheck.key("pj-2026-sby", PARK, day, "贷款展期"))) {
            assertNotEquals(key, other);
        }
        assertEquals(64, key.length());
    }

    @Test
    void aTitleIsTheFirstSentenceAtMostFortyCharacters() {
        assertEquals("贷款展期", ProblemSheet.title("贷款展期。流动资金贷款将到期", 40));
        assertEquals("能否延期", ProblemSheet.title("能否延期？还是续贷", 40));
        assertEquals("用电", ProblemSheet.title("用电；用水", 40));
        assertEquals("第一行", ProblemSheet.title("第一行\n第二行", 40));
        assertEquals("一".repeat(40), ProblemSheet.title("一".repeat(50) + "。二", 40));
        assertEquals("𠀀".repeat(40), ProblemSheet.title("𠀀".repeat(41), 40), "counted in characters, not in UTF-16 units");
        assertEquals("。。说明", ProblemSheet.title("。。说明", 40), "no sentence before the first stop: the whole text");
        assertNull(ProblemSheet.title("  ", 40));
    }

    private static Unit unit(String code, String name) {
        return Fixture.id(new Unit(new UnitData(code, name, "TOWNSHIP", WUSHI.getCode(), null, null, null, null, null), WUSHI));
    }
}

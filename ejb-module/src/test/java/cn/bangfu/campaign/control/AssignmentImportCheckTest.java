package cn.bangfu.campaign.control;

import static cn.bangfu.campaign.entity.Fixture.CHEN;
import static cn.bangfu.campaign.entity.Fixture.FGJ;
import static cn.bangfu.campaign.entity.Fixture.GXJ;
import static cn.bangfu.campaign.entity.Fixture.MACHINES;
import static cn.bangfu.campaign.entity.Fixture.NEIGHBOUR;
import static cn.bangfu.campaign.entity.Fixture.PARTY;
import static cn.bangfu.campaign.entity.Fixture.PINGJIANG;
import static cn.bangfu.campaign.entity.Fixture.SHOES;
import static cn.bangfu.campaign.entity.Fixture.SW;
import static cn.bangfu.campaign.entity.Fixture.SWJ;
import static cn.bangfu.campaign.entity.Fixture.WSZ;
import static cn.bangfu.campaign.entity.Fixture.YY_GXJ;
import static cn.bangfu.campaign.entity.Fixture.ZHANG;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bangfu.campaign.control.AssignmentImportCheck.Action;
import cn.bangfu.campaign.entity.Assignment;
import cn.bangfu.campaign.entity.AssignmentRow;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.CampaignMode;
import cn.bangfu.campaign.entity.Fixture;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.CadreData;
import cn.bangfu.org.entity.CadreRank;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.registry.entity.Enterprise;
import cn.bangfu.registry.entity.KeyProject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AssignmentImportCheckTest {

    private static final Scope OFFICE = new Scope("office", "430626", PINGJIANG.getPath(), null, null, java.util.Set.of(Role.OFFICE));
    private static final Cadre NAMESAKE_1 = Fixture.id(new Cadre(new CadreData(null, "王强", "pj-xw", "副县长", "COUNTY_LEADER", null, null), PARTY));
    private static final Cadre NAMESAKE_2 = Fixture.id(new Cadre(new CadreData(null, "王强", "pj-xw", "县委常委", "COUNTY_LEADER", null, null), PARTY));
    private static final KeyProject PARK = Fixture.keyProject("福坤汽车产业园", PINGJIANG);

    /** The campaign runs through 2026; the office imports in June. */
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static AssignmentRow row(int n, Enterprise e, String leader, String leading, String... co) {
        return new AssignmentRow(n, e == null ? null : e.getName(), e == null ? null : e.getCreditCode(), leader, leading, Arrays.asList(co));
    }

    private static AssignmentImportCheck.Lookups lookups(Map<Long, Assignment> current, Map<Long, Long> loads) {
        Map<String, Enterprise> enterprises = new HashMap<>();
        Stream.of(SHOES, MACHINES, NEIGHBOUR).forEach(e -> enterprises.put(e.getCreditCode(), e));
        Map<String, Unit> units = new HashMap<>();
        Stream.of(GXJ, FGJ, SWJ, SW, WSZ, YY_GXJ).forEach(u -> units.put(u.getCode(), u));
        List<Unit> inRegion = List.of(GXJ, FGJ, SWJ, SW, WSZ);
        List<Cadre> leaders = List.of(ZHANG, NAMESAKE_1, NAMESAKE_2);
        return new AssignmentImportCheck.Lookups(enterprises, AssignmentImportCheck.byName(List.of(PARK), KeyProject::getName),
                AssignmentImportCheck.byName(leaders, Cadre::getName), units, AssignmentImportCheck.byName(inRegion, Unit::getName), current, loads);
    }

    @Test
    void goodRowsArePlannedByCodeOrNameForUnitsAndLeaderWithOrWithoutPosition() {
        List<AssignmentRow> rows = List.of(
                row(2, SHOES, "张卫东", "pj-gxj", "平江县发展和改革局", "pj-swj"),
                new AssignmentRow(3, "福坤汽车产业园", null, "张卫东（县委副书记）", "伍市镇人民政府", List.of("pj-sw", "pj-fgj")),
                row(4, MACHINES, null, null, null, null));
        AssignmentImportCheck.Result r = AssignmentImportCheck.check(rows, Fixture.threeToOne(), OFFICE, lookups(Map.of(), Map.of()), TODAY);
        assertEquals(List.of(), r.errors());
        assertEquals(List.of(Action.ASSIGN, Action.ASSIGN, Action.UNDECIDED), r.plan().stream().map(AssignmentImportCheck.Planned::action).toList());
        assertEquals(List.of(FGJ, SWJ), r.plan().get(0).coUnits());
        assertEquals(PARK, r.plan().get(1).target());
        assertEquals(WSZ, r.plan().get(1).leading());
    }

    @Test
    void everyBadCellIsReportedWithRowAndColumn() {
        String badCheck = SHOES.getCreditCode().substring(0, 17) + (SHOES.getCreditCode().endsWith("0") ? "1" : "0");
        List<AssignmentRow> rows = List.of(
                row(2, SHOES, "李四", null, "pj-fgj", "pj-fgj"),
                row(3, NEIGHBOUR, "王强", "pj-gxj", "yy-gxj", null),
                new AssignmentRow(4, "没有这个项目", null, "张卫东", "pj-gxj", List.of("pj-gxj", "pj-sw")),
                new AssignmentRow(5, "湖南赛雅特鞋业有限公司", badCheck, "陈晓东", "pj-gxj", List.of("pj-fgj", "pj-swj")),
                row(6, SHOES, "张卫东", "pj-gxj", "pj-fgj", "pj-swj"),
                row(7, SHOES, "张卫东", "pj-gxj", "pj-fgj", "pj-swj"),
                new AssignmentRow(8, null, null, "张卫东", "pj-gxj", List.of("pj-fgj", "pj-swj")));
        AssignmentImportCheck.Result r = AssignmentImportCheck.check(rows, Fixture.threeToOne(), OFFICE, lookups(Map.of(), Map.of()), TODAY);
        assertEquals(List.of(
                FieldError.of("contactLeader", "assignment.import.leader.unknown", "李四", "平江县").at(2, "D"),
                FieldError.of("leadingUnit", "assignment.leadingUnit.required").at(2, "E"),
                FieldError.of("coUnits", "assignment.unit.twice", "平江县发展和改革局").at(2, "G"),
                FieldError.of("target", "assignment.target.outside", NEIGHBOUR.getCreditCode(), "平江县").at(3, "C"),
                FieldError.of("contactLeader", "assignment.import.leader.ambiguous", 2, "王强").at(3, "D"),
                FieldError.of("coUnits", "assignment.unit.outside", "yy-gxj", "平江县").at(3, "F"),
                FieldError.of("coUnits", "assignment.coUnits.tooFew", 2, 1).at(3, "G"),
                FieldError.of("target", "assignment.import.project.unknown", "没有这个项目", "平江县").at(4, "B"),
                FieldError.of("coUnits", "assignment.unit.leadingAndCo", "平江县工业和信息化局").at(4, "F"),
                FieldError.of("target", "creditCode.checkDigit", SHOES.getCreditCode().substring(17), badCheck.substring(17)).at(5, "C"),
                FieldError.of("contactLeader", "assignment.import.leader.unknown", "陈晓东", "平江县").at(5, "D"),
                FieldError.of("target", "assignment.import.duplicateTarget", SHOES.getName(), "2").at(6, "C"),
                FieldError.of("target", "assignment.import.duplicateTarget", SHOES.getName(), "2").at(7, "C"),
                FieldError.of("target", "assignment.import.target.required").at(8, "C")), r.errors());
        assertEquals("本行动范围内有 2 位名为\"王强\"的县级领导，无法确定是哪一位：请通过接口按干部编号安排", Messages.text(Messages.CHINESE, r.errors().get(4)));
    }

    @Test
    void theCurrentAssignmentUnchangedOrChangedAndTheSameFileTwiceChangesNothing() {
        Campaign c = Fixture.threeToOne();
        Assignment current = Fixture.assignment(c, SHOES, ZHANG, GXJ, List.of(FGJ, SWJ), LocalDate.of(2026, 3, 1));
        AssignmentImportCheck.Lookups in = lookups(Map.of(SHOES.getId(), current), Map.of());
        AssignmentImportCheck.Result same = AssignmentImportCheck.check(List.of(row(2, SHOES, "张卫东", "平江县工业和信息化局", "pj-swj", "pj-fgj")),
                c, OFFICE, in, TODAY);
        assertEquals(List.of(Action.UNCHANGED), same.plan().stream().map(AssignmentImportCheck.Planned::action).toList(),
                "co-units in another order are the same assignment");
        AssignmentImportCheck.Result sameAboveLimit = AssignmentImportCheck.check(
                List.of(row(2, SHOES, "张卫东", "pj-gxj", "pj-swj", "pj-fgj")), Fixture.campaign(CampaignMode.THREE_TO_ONE, null, 1), OFFICE,
                lookups(Map.of(SHOES.getId(), current), Map.of(GXJ.getId(), 5L)), TODAY);
        assertEquals(List.of(), sameAboveLimit.warnings(), "an unchanged row is no moment to warn");
        AssignmentImportCheck.Result changed = AssignmentImportCheck.check(List.of(row(2, SHOES, "张卫东", "pj-sw", "pj-swj", "pj-fgj")), c,
                OFFICE, in, TODAY);
        assertEquals(Action.REASSIGN, changed.plan().get(0).action());
        assertEquals(current, changed.plan().get(0).current());
    }

    @Test
    void thePerUnitLimitCountsTheWholeFileAndOnlyWarns() {
        Campaign c = Fixture.campaign(CampaignMode.THREE_TO_ONE, null, 2);
        Assignment current = Fixture.assignment(c, SHOES, ZHANG, GXJ, List.of(FGJ, SWJ), LocalDate.of(2026, 3, 1));
        // 工信局 has two now, one of them SHOES, which the file gives to 税务局: it ends with MACHINES and the park, three.
        Map<Long, Long> loads = Map.of(GXJ.getId(), 2L, FGJ.getId(), 1L, SWJ.getId(), 1L);
        List<AssignmentRow> rows = List.of(
                row(2, SHOES, "张卫东", "pj-sw", "pj-fgj", "pj-swj"),
                row(3, MACHINES, "张卫东", "pj-gxj", "pj-wsz", "pj-sw"),
                new AssignmentRow(4, "福坤汽车产业园", null, "张卫东", "pj-gxj", List.of("pj-wsz", "pj-sw")));
        AssignmentImportCheck.Result r = AssignmentImportCheck.check(rows, c, OFFICE, lookups(Map.of(SHOES.getId(), current), loads), TODAY);
        assertEquals(List.of(), r.errors());
        assertEquals(List.of(
                FieldError.of("leadingUnit", "assignment.unit.overLimit", GXJ.getName(), 3L, 2).at(4, "E"),
                FieldError.of("coUnits", "assignment.unit.overLimit", SW.getName(), 3L, 2).at(4, "G")), r.warnings());
        assertEquals(List.of(Action.REASSIGN, Action.ASSIGN, Action.ASSIGN), r.plan().stream().map(AssignmentImportCheck.Planned::action).toList());
    }

    private static AssignmentRow dated(int n, Enterprise e, String validFrom, String leading, String... co) {
        return new AssignmentRow(n, e.getName(), e.getCreditCode(), "张卫东", leading, Arrays.asList(co), validFrom);
    }

    /** The rows checked on {@link #TODAY} in a campaign of 2026 where SHOES is assigned (张卫东, 工信局, 发改局 and 商务局) since {@code from}. */
    private static AssignmentImportCheck.Result checkWithShoesSince(LocalDate from, AssignmentRow... rows) {
        Campaign c = Fixture.threeToOne();
        Assignment current = Fixture.assignment(c, SHOES, ZHANG, GXJ, List.of(FGJ, SWJ), from);
        return AssignmentImportCheck.check(List.of(rows), c, OFFICE, lookups(Map.of(SHOES.getId(), current), Map.of()), TODAY);
    }

    @Test
    void aRowTakesEffectOnItsDateOrTodayWhenItHasNone() {
        AssignmentImportCheck.Result r = checkWithShoesSince(LocalDate.of(2026, 1, 1),
                dated(2, SHOES, "2026年3月1日", "pj-sw", "pj-fgj", "pj-swj"),
                dated(3, MACHINES, null, "pj-gxj", "pj-wsz", "pj-sw"));
        assertEquals(List.of(), r.errors());
        assertEquals(List.of(Action.REASSIGN, Action.ASSIGN), r.plan().stream().map(AssignmentImportCheck.Planned::action).toList());
        assertEquals(List.of(LocalDate.of(2026, 3, 1), TODAY), r.plan().stream().map(AssignmentImportCheck.Planned::validFrom).toList());
    }

    @Test
    void datesOutOfTheCampaignAfterTodayOrBeforeTheCurrentAssignmentAreRefusedAtTheirCell() {
        AssignmentImportCheck.Result r = checkWithShoesSince(LocalDate.of(2026, 3, 1),
                dated(2, SHOES, "2026-02-28", "pj-sw", "pj-fgj", "pj-swj"),
                dated(3, MACHINES, "2025/12/31", "pj-gxj", "pj-wsz", "pj-sw"),
                new AssignmentRow(4, "福坤汽车产业园", null, "张卫东", "pj-gxj", List.of("pj-wsz", "pj-sw"), "2026-06-16"));
        assertEquals(List.of(
                FieldError.of("validFrom", "assignment.validFrom.beforeCurrent", "2026-03-01").at(2, "H"),
                FieldError.of("validFrom", "assignment.validFrom.beforeStart", "2025-12-31", "2026-01-01").at(3, "H"),
                FieldError.of("validFrom", "assignment.validFrom.future", "2026-06-16", "2026-06-15").at(4, "H")), r.errors());
        AssignmentImportCheck.Result afterEnd = AssignmentImportCheck.check(List.of(dated(2, MACHINES, "2027-01-04", "pj-gxj", "pj-wsz", "pj-sw")),
                Fixture.threeToOne(), OFFICE, lookups(Map.of(), Map.of()), LocalDate.of(2027, 1, 5));
        assertEquals(List.of(FieldError.of("validFrom", "assignment.validFrom.afterEnd", "2026-12-31").at(2, "H")), afterEnd.errors());
    }

    @Test
    void aCellThatIsNoDateIsRefusedOnAnyRowWithItsReason() {
        AssignmentImportCheck.Result r = checkWithShoesSince(LocalDate.of(2026, 3, 1),
                dated(2, SHOES, "三月一日", "pj-gxj", "pj-fgj", "pj-swj"),
                dated(3, MACHINES, "2026-02-30", "pj-gxj", "pj-wsz", "pj-sw"));
        assertEquals(List.of(
                FieldError.of("validFrom", "assignment.import.validFrom.format", "三月一日").at(2, "H"),
                FieldError.of("validFrom", "assignment.import.validFrom.format", "2026-02-30").at(3, "H")), r.errors());
        assertEquals("\"三月一日\"不是有效的日期：请填写如 2026-03-01、2026/3/1 或 2026年3月1日，或留空（导入当日生效）",
                Messages.text(Messages.CHINESE, r.errors().get(0)));
        assertEquals("\"三月一日\" is not a valid date: write e.g. 2026-03-01, 2026/3/1 or 2026年3月1日, or leave it empty (effective the day "
                + "of the import)", Messages.text(java.util.Locale.ENGLISH, r.errors().get(0)));
    }

    @Test
    void aRowEqualToTheCurrentAssignmentChangesNothingWhateverItsDate() {
        for (String date : new String[] {"2026-03-01", "2026-02-01", "2026-05-01", "2026-12-31", null}) {
            AssignmentImportCheck.Result r = checkWithShoesSince(LocalDate.of(2026, 3, 1), dated(2, SHOES, date, "pj-gxj", "pj-swj", "pj-fgj"));
            assertEquals(List.of(), r.errors(), date);
            assertEquals(List.of(Action.UNCHANGED), r.plan().stream().map(AssignmentImportCheck.Planned::action).toList(), date);
        }
        AssignmentImportCheck.Result undecided = checkWithShoesSince(LocalDate.of(2026, 3, 1),
                new AssignmentRow(2, MACHINES.getName(), MACHINES.getCreditCode(), null, null, List.of(), "2030-01-01"));
        assertEquals(List.of(), undecided.errors(), "a row without leader and units changes nothing either");
    }

    @Test
    void aLeaderCellMayCarryThePosition() {
        assertEquals("张卫东", AssignmentImportCheck.leaderName("张卫东（县委副书记）"));
        assertEquals("张卫东", AssignmentImportCheck.leaderName(" 张卫东 (县委副书记)"));
        assertEquals("张卫东", AssignmentImportCheck.leaderName("张卫东"));
    }

    static {
        // A county leader's rank, to be sure the namesakes are leaders.
        assertEquals(CadreRank.COUNTY_LEADER, NAMESAKE_1.getRank());
        assertEquals(CHEN.getRank(), CadreRank.SECTION_LEVEL);
    }
}

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
import cn.bangfu.platform.control.Messages;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.registry.entity.Enterprise;
import cn.bangfu.registry.entity.KeyProject;
import cn.bangfu.registry.entity.KeyProjectCategory;
import cn.bangfu.registry.entity.KeyProjectData;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
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
    private static final KeyProject PARK = Fixture.id(new KeyProject(new KeyProjectData(null, "福坤汽车产业园", "INDUSTRY", new BigDecimal("30000"),
            "430626", null, null), PINGJIANG, category()));

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
        AssignmentImportCheck.Result r = AssignmentImportCheck.check(rows, Fixture.threeToOne(), OFFICE, lookups(Map.of(), Map.of()));
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
        AssignmentImportCheck.Result r = AssignmentImportCheck.check(rows, Fixture.threeToOne(), OFFICE, lookups(Map.of(), Map.of()));
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
                c, OFFICE, in);
        assertEquals(List.of(Action.UNCHANGED), same.plan().stream().map(AssignmentImportCheck.Planned::action).toList(),
                "co-units in another order are the same assignment");
        AssignmentImportCheck.Result sameAboveLimit = AssignmentImportCheck.check(
                List.of(row(2, SHOES, "张卫东", "pj-gxj", "pj-swj", "pj-fgj")), Fixture.campaign(CampaignMode.THREE_TO_ONE, null, 1), OFFICE,
                lookups(Map.of(SHOES.getId(), current), Map.of(GXJ.getId(), 5L)));
        assertEquals(List.of(), sameAboveLimit.warnings(), "an unchanged row is no moment to warn");
        AssignmentImportCheck.Result changed = AssignmentImportCheck.check(List.of(row(2, SHOES, "张卫东", "pj-sw", "pj-swj", "pj-fgj")), c,
                OFFICE, in);
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
        AssignmentImportCheck.Result r = AssignmentImportCheck.check(rows, c, OFFICE, lookups(Map.of(SHOES.getId(), current), loads));
        assertEquals(List.of(), r.errors());
        assertEquals(List.of(
                FieldError.of("leadingUnit", "assignment.unit.overLimit", GXJ.getName(), 3L, 2).at(4, "E"),
                FieldError.of("coUnits", "assignment.unit.overLimit", SW.getName(), 3L, 2).at(4, "G")), r.warnings());
        assertEquals(List.of(Action.REASSIGN, Action.ASSIGN, Action.ASSIGN), r.plan().stream().map(AssignmentImportCheck.Planned::action).toList());
    }

    @Test
    void aLeaderCellMayCarryThePosition() {
        assertEquals("张卫东", AssignmentImportCheck.leaderName("张卫东（县委副书记）"));
        assertEquals("张卫东", AssignmentImportCheck.leaderName(" 张卫东 (县委副书记)"));
        assertEquals("张卫东", AssignmentImportCheck.leaderName("张卫东"));
    }

    private static KeyProjectCategory category() {
        try {
            Constructor<KeyProjectCategory> c = KeyProjectCategory.class.getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static {
        // A county leader's rank, to be sure the namesakes are leaders.
        assertEquals(CadreRank.COUNTY_LEADER, NAMESAKE_1.getRank());
        assertEquals(CHEN.getRank(), CadreRank.SECTION_LEVEL);
    }
}

package cn.bangfu.org.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.FieldError;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CadreDataTest {

    private static final Region HUNAN = Region.create("430000", "湖南省", null);
    private static final Region YUEYANG = Region.create("430600", "岳阳市", HUNAN);
    private static final Region PINGJIANG = Region.create("430626", "平江县", YUEYANG);
    private static final Region YUEYANG_COUNTY = Region.create("430621", "岳阳县", YUEYANG);
    private static final Map<String, Unit> UNITS = Map.of(
            "pj-zf", new Unit(new UnitData("pj-zf", "平江县人民政府", "OTHER", "430626", null, null, null, null, null), PINGJIANG),
            "yy-gxj", new Unit(new UnitData("yy-gxj", "岳阳县工业和信息化局", "COUNTY_DEPARTMENT", "430621", null, null, null, null, null), YUEYANG_COUNTY));

    @Test
    void aCountyLeaderIsACadreOfRankCountyLeader() {
        CadreData leader = new CadreData(null, "张建军", "pj-zf", "副县长", "county_leader", "13800138000", null);
        assertEquals(List.of(), leader.problems());
        assertEquals("COUNTY_LEADER", leader.normalised().rank());
        assertEquals("SECTION_LEVEL", new CadreData(null, "李", "pj-zf", null, "科级干部", null, null).normalised().rank());
    }

    @Test
    void nameUnitAndRankAreRequired() {
        assertEquals(List.of(
                FieldError.of("name", "field.required"),
                FieldError.of("unitCode", "field.required"),
                FieldError.of("rank", "field.required")), new CadreData(null, " ", null, "局长", null, null, null).problems());
    }

    @Test
    void badRankPhoneAndLengthsAreReported() {
        List<FieldError> errors = new CadreData(null, "王".repeat(51), "pj-zf", "职".repeat(101), "boss", "call me", null).problems();
        assertEquals(List.of(
                FieldError.of("name", "field.tooLong", 50),
                FieldError.of("position", "field.tooLong", 100),
                FieldError.of("rank", "cadre.rank.unknown", "boss"),
                FieldError.of("phone", "phone.format")), errors);
        assertEquals("职级\"boss\"无效，应为：县级领导、科级干部、一般干部", Messages.text(Messages.CHINESE, errors.get(2)));
    }

    @Test
    void theUnitMustBeInTheCallersRegion() {
        Scope office = new Scope("office", "430626", PINGJIANG.getPath(), null, null, Set.of(Role.OFFICE));
        assertEquals(List.of(), new CadreData(null, "张建军", "pj-zf", null, "COUNTY_LEADER", null, null).problems(office, UNITS::get));
        assertEquals(List.of(FieldError.of("unitCode", "unit.unknown", "yy-gxj")),
                new CadreData(null, "欧阳明", "yy-gxj", null, "STAFF", null, null).problems(office, UNITS::get));
        assertEquals(List.of(FieldError.of("unitCode", "unit.unknown", "pj-none")),
                new CadreData(null, "某", "pj-none", null, "STAFF", null, null).problems(office, UNITS::get));
    }
}

package cn.bangfu.registry.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.FieldError;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnterpriseDataTest {

    static final String CODE = CreditCode.compose('9', '1', "430626", "MA4L0000");

    private static EnterpriseData valid() {
        return new EnterpriseData(CODE, "平江县雅特鞋业有限公司", "430626101", "C", List.of("ABOVE_SCALE_INDUSTRY"),
                "伍市工业园", "伍市镇工业园区 8 号", "李建华", "王丽", "0730-6250001", List.of("鞋业", "出口"), 2L);
    }

    @Test
    void aCompleteEnterpriseHasNoProblems() {
        assertEquals(List.of(), valid().problems());
    }

    @Test
    void onlyCreditCodeNameRegionAndIndustryAreRequired() {
        assertEquals(List.of(), new EnterpriseData(CODE, "某公司", "430626", "F", null, "", " ", null, null, null, null, null).problems());
    }

    @Test
    void everyMissingRequiredFieldIsReported() {
        List<FieldError> errors = new EnterpriseData(null, " ", null, "", List.of(), null, null, null, null, null, List.of(), null).problems();
        assertEquals(List.of(
                FieldError.of("creditCode", "field.required"),
                FieldError.of("name", "field.required"),
                FieldError.of("regionCode", "field.required"),
                FieldError.of("industry", "field.required")), errors);
    }

    @Test
    void theCreditCodeIsCheckedAndNormalised() {
        EnterpriseData lower = withCode(CODE.toLowerCase(Locale.ROOT));
        assertEquals(List.of(), lower.problems());
        assertEquals(CODE, lower.normalised().creditCode());
        assertEquals(List.of(FieldError.of("creditCode", "creditCode.length", "18", "17")), withCode(CODE.substring(1)).problems());
    }

    @Test
    void theIndustryIsASectionLetterOrItsName() {
        assertEquals("C", withIndustry(" c ").normalised().industry());
        assertEquals("C", withIndustry("制造业").normalised().industry());
        assertEquals("C", withIndustry("C 制造业").normalised().industry());
        assertEquals("C", withIndustry("Ｃ").normalised().industry());
        List<FieldError> errors = withIndustry("U").problems();
        assertEquals(List.of(FieldError.of("industry", "industry.unknown", "U")), errors);
        assertEquals("行业门类\"U\"无效，应为 GB/T 4754 门类字母 A–T，例如 C（制造业）", Messages.text(Messages.CHINESE, errors.get(0)));
    }

    @Test
    void aScaleFlagMustFitTheIndustry() {
        EnterpriseData trade = new EnterpriseData(CODE, "平江县某商贸有限公司", "430626", "F", List.of("ABOVE_SCALE_INDUSTRY", "ABOVE_QUOTA_TRADE"),
                null, null, null, null, null, null, null);
        List<FieldError> errors = trade.problems();
        assertEquals(List.of(FieldError.of("scaleFlags", "scaleFlag.ABOVE_SCALE_INDUSTRY.industry", "F")), errors);
        assertEquals("规上工业只适用于行业门类 B、C、D（采矿业、制造业、电力热力燃气及水），该企业为 F", Messages.text(Messages.CHINESE, errors.get(0)));
        assertEquals(List.of(), withFlags(List.of()).problems());
    }

    @Test
    void scaleFlagsAreCodesOrChineseNamesEachOnce() {
        EnterpriseData d = withFlags(List.of("规上工业", "above_scale_industry", " "));
        assertEquals(List.of("ABOVE_SCALE_INDUSTRY"), d.normalised().scaleFlags());
        assertEquals(List.of(), d.problems());
        assertEquals(List.of(FieldError.of("scaleFlags", "scaleFlag.unknown", "四上")), withFlags(List.of("四上")).problems());
    }

    @Test
    void tagsAreTrimmedDeduplicatedSortedAndLimited() {
        assertEquals(List.of("出口", "鞋业"), withTags(List.of(" 鞋业", "出口", "鞋业 ", "")).normalised().tags());
        assertEquals(List.of(FieldError.of("tags", "tag.separator", "鞋业、出口")), withTags(List.of("鞋业、出口")).problems());
        assertEquals(List.of(FieldError.of("tags", "tag.tooLong", "专".repeat(21), 20)), withTags(List.of("专".repeat(21))).problems());
        List<String> eleven = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");
        assertEquals(List.of(FieldError.of("tags", "tags.tooMany", 10)), withTags(eleven).problems());
    }

    @Test
    void lengthsAndPhoneAreChecked() {
        EnterpriseData v = valid();
        EnterpriseData d = new EnterpriseData(v.creditCode(), "企".repeat(101), v.regionCode(), v.industry(), v.scaleFlags(), "园".repeat(101),
                "址".repeat(201), "李".repeat(51), "王".repeat(51), "call me", v.tags(), v.version());
        assertEquals(List.of(
                FieldError.of("name", "field.tooLong", 100),
                FieldError.of("park", "field.tooLong", 100),
                FieldError.of("address", "field.tooLong", 200),
                FieldError.of("legalRepresentative", "field.tooLong", 50),
                FieldError.of("contactName", "field.tooLong", 50),
                FieldError.of("contactPhone", "phone.format")), d.problems());
    }

    @Test
    void aMalformedRegionCodeIsReportedWithoutTheDatabase() {
        assertEquals(List.of(FieldError.of("regionCode", "region.code.format", "4306")), withRegion("4306").problems());
    }

    @Test
    void theRegionMustExistInsideTheCallersScope() {
        Region hunan = Region.create("430000", "湖南省", null);
        Region yueyang = Region.create("430600", "岳阳市", hunan);
        Region pingjiang = Region.create("430626", "平江县", yueyang);
        Region yueyangCounty = Region.create("430621", "岳阳县", yueyang);
        Map<String, Region> stored = Map.of("430626", pingjiang, "430621", yueyangCounty);
        Scope office = new Scope("office", "430626", pingjiang.getPath(), null, null, Set.of(Role.OFFICE));

        assertEquals(List.of(), withRegion("430626").problems(office, stored::get));
        assertEquals(List.of(FieldError.of("regionCode", "region.unknown", "430621")), withRegion("430621").problems(office, stored::get));
        assertEquals(List.of(FieldError.of("regionCode", "region.unknown", "430626999")), withRegion("430626999").problems(office, stored::get));
    }

    private static EnterpriseData withCode(String code) {
        return valid().with(code, 2L);
    }

    private static EnterpriseData withIndustry(String industry) {
        EnterpriseData v = valid();
        return new EnterpriseData(v.creditCode(), v.name(), v.regionCode(), industry, v.scaleFlags(), v.park(), v.address(),
                v.legalRepresentative(), v.contactName(), v.contactPhone(), v.tags(), v.version());
    }

    private static EnterpriseData withRegion(String region) {
        EnterpriseData v = valid();
        return new EnterpriseData(v.creditCode(), v.name(), region, v.industry(), v.scaleFlags(), v.park(), v.address(),
                v.legalRepresentative(), v.contactName(), v.contactPhone(), v.tags(), v.version());
    }

    private static EnterpriseData withFlags(List<String> flags) {
        EnterpriseData v = valid();
        return new EnterpriseData(v.creditCode(), v.name(), v.regionCode(), v.industry(), flags, v.park(), v.address(),
                v.legalRepresentative(), v.contactName(), v.contactPhone(), v.tags(), v.version());
    }

    private static EnterpriseData withTags(List<String> tags) {
        EnterpriseData v = valid();
        return new EnterpriseData(v.creditCode(), v.name(), v.regionCode(), v.industry(), v.scaleFlags(), v.park(), v.address(),
                v.legalRepresentative(), v.contactName(), v.contactPhone(), tags, v.version());
    }
}

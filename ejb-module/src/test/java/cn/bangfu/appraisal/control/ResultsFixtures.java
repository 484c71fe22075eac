package cn.bangfu.appraisal.control;

import cn.bangfu.appraisal.entity.ResultsData;
import cn.bangfu.appraisal.entity.ResultsData.Item;
import cn.bangfu.appraisal.entity.ResultsData.QuotaUse;
import java.math.BigDecimal;
import java.util.List;

/**
 * The results of 平江县's scheme for leading units as {@link cn.bangfu.appraisal.boundary.AppraisalResults} gives them, written
 * out by hand: three county departments (20% EXCELLENT of 3 is 1 place, so 商务局's 92 is held back to GOOD; 农业农村局 is
 * vetoed down to PASS) and one township that fails.
 */
final class ResultsFixtures {

    static final String SCHEME = "2026年度企业帮扶工作考评细则（牵头单位）";
    static final ResultsData.Rules RULES = new ResultsData.Rules(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60"), 20, 100);
    static final List<Item> ITEMS = List.of(
            new Item("pj-gxj", "平江县工业和信息化局", "COUNTY_DEPARTMENT", new BigDecimal("95.5"), 1, "EXCELLENT", false, false, 11L, "PUBLISHED"),
            new Item("pj-swj", "平江县商务局", "COUNTY_DEPARTMENT", new BigDecimal("92"), 2, "GOOD", false, true, 12L, "PUBLISHED"),
            new Item("pj-nyj", "平江县农业农村局", "COUNTY_DEPARTMENT", new BigDecimal("85.25"), 3, "PASS", true, false, 13L, "FINALISED"),
            new Item("pj-jyz", "平江县嘉义镇", "TOWNSHIP", new BigDecimal("58"), 1, "FAIL", false, false, 14L, "REVIEWED"));
    static final List<QuotaUse> QUOTA_USE = List.of(
            new QuotaUse("COUNTY_DEPARTMENT", "EXCELLENT", 1, 1),
            new QuotaUse("COUNTY_DEPARTMENT", "GOOD", 1, null),
            new QuotaUse("COUNTY_DEPARTMENT", "PASS", 1, null),
            new QuotaUse("COUNTY_DEPARTMENT", "FAIL", 0, null),
            new QuotaUse("TOWNSHIP", "EXCELLENT", 0, 1),
            new QuotaUse("TOWNSHIP", "GOOD", 0, null),
            new QuotaUse("TOWNSHIP", "PASS", 0, null),
            new QuotaUse("TOWNSHIP", "FAIL", 1, null));

    private ResultsFixtures() {
    }

    /** @param complete whether every form is finalised; 嘉义镇's is only reviewed, but the flag is what the documents read */
    static ResultsData results(boolean complete) {
        return new ResultsData(7L, SCHEME, new BigDecimal("100"), RULES, complete, ITEMS, QUOTA_USE);
    }

    /** What a unit gets before the results are published: the scheme and its rules, no one's place. */
    static ResultsData hidden() {
        return new ResultsData(7L, SCHEME, new BigDecimal("100"), RULES, false, List.of(), List.of());
    }
}

package cn.bangfu.appraisal.control;

import cn.bangfu.appraisal.entity.ResultsData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of {@link Grading} in the words the results documents print under the ranking, filled in with a scheme's
 * thresholds and quotas: the units read them to check their own place, so they say what Grading does, no more.
 */
public final class GradingRulesText {

    /** One rule: what it is about (排名, 等次, …) and the rule itself. */
    public record Rule(String topic, String text) {
    }

    private GradingRulesText() {
    }

    /** @param total the scheme's full points, null when not known (the sentence on grades then leaves it out) */
    public static List<Rule> of(ResultsData.Rules rules, BigDecimal total) {
        List<Rule> list = new ArrayList<>();
        list.add(new Rule("排名", "按单位类型分别排名，得分高的在前；得分相同的，扣分少的在前；再相同的，按单位代码排列。一票否决不改变排名。"));
        String pass = AppraisalTerms.points(rules.passFrom());
        list.add(new Rule("等次", "得分 " + AppraisalTerms.points(rules.excellentFrom()) + " 分及以上为优秀，" + AppraisalTerms.points(rules.goodFrom())
                + " 分及以上为良好，" + pass + " 分及以上为合格，低于 " + pass + " 分为不合格" + (total == null ? "" : "（满分 " + AppraisalTerms.points(total) + " 分）")
                + "。"));
        list.add(new Rule("一票否决", "有一票否决情形的单位，等次不高于否决条件规定的等次。"));
        boolean rounded = Quota.anyShare(rules.excellentQuotaPercent(), rules.goodQuotaPercent());
        list.add(new Rule("名额", quota("优秀", rules.excellentQuotaPercent()) + "；" + quota("良好", rules.goodQuotaPercent()) + "；合格、不合格不限名额。"
                + (rounded ? "名额按该类单位数乘以比例向下取整、至少 1 个。" : "")));
        list.add(new Rule("名额调整", "按排名顺序，优秀名额用满后，应评为优秀的单位评为良好；良好名额用满后，应评为良好的单位评为合格。"
                + "因此降低等次的单位标注“因名额调整”。"));
        return list;
    }

    private static String quota(String grade, int percent) {
        return switch (Quota.of(percent)) {
            case FREE -> grade + "不限名额";
            case NONE -> "不评" + grade;
            case SHARE -> grade + "不超过该类单位数的 " + percent + "%";
        };
    }
}

package cn.bangfu.appraisal.control;

import cn.bangfu.appraisal.entity.AppraisalAction;
import cn.bangfu.appraisal.entity.ScoringScheme;
import cn.bangfu.org.entity.UnitType;
import cn.bangfu.platform.control.Clocks;
import cn.bangfu.platform.entity.Messages;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The words the appraisal's documents print for the codes the data records carry (EXCELLENT → 优秀, COUNTY_DEPARTMENT →
 * 县直单位, PUBLICISED → 公示中), from the messages bundle where the pages and the API take them too, so a document never
 * says something the page does not. A code the bundle does not know is printed as it is rather than hidden.
 */
public final class AppraisalTerms {

    /** What a document prints where the reader may not see a figure yet (a unit's scores before the publicity) or there is none. */
    public static final String NONE = "—";
    /** A quota that does not limit how many units hold a grade. */
    public static final String NO_LIMIT = "不限";
    /** The mark of results that may still change: some form is not finalised. */
    public static final String PROVISIONAL = "（初步结果）";

    // China time whatever the server's zone: the times the officials acted at, as they remember them.
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Clocks.CHINA);

    private AppraisalTerms() {
    }

    public static String grade(String grade) {
        return word("grade.", grade);
    }

    public static String state(String state) {
        return word("appraisal.state.", state);
    }

    public static String appealState(String state) {
        return word("appeal.state.", state);
    }

    /** A line of the history: a workflow step by its action's name, else COMPUTE or RESCORE. */
    public static String event(String action) {
        if (action == null) {
            return "";
        }
        for (AppraisalAction a : AppraisalAction.values()) {
            if (a.name().equals(action)) {
                return word("appraisal.action.", action);
            }
        }
        return word("appraisal.event.", action);
    }

    public static String unitType(String unitType) {
        if (unitType == null) {
            return "";
        }
        for (UnitType t : UnitType.values()) {
            if (t.name().equals(unitType)) {
                return t.chineseName();
            }
        }
        return unitType;
    }

    /** Points as the pages write them (30, 27.5), "—" when there are none to show. */
    public static String points(BigDecimal points) {
        return points == null ? NONE : ScoringScheme.points(points).toPlainString();
    }

    public static String yesNo(boolean yes) {
        return yes ? "是" : "否";
    }

    /** "2027-01-18 11:00" in China time. */
    public static String minute(Instant at) {
        return at == null ? "" : MINUTE.format(at);
    }

    private static String word(String prefix, String code) {
        if (code == null) {
            return "";
        }
        String key = prefix + code;
        String word = Messages.get(Messages.CHINESE, key);
        return key.equals(word) ? code : word;
    }
}

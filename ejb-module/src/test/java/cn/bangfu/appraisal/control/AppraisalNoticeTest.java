package cn.bangfu.appraisal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.org.entity.NoticeText;
import cn.bangfu.platform.entity.Messages;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppraisalNoticeTest {

    private static final String SCHEME = "2026年度企业帮扶工作考评细则（牵头单位）";

    private static Map<String, String> params(String a, String b) {
        return Map.of("id", "7", "scheme", SCHEME, "a", a, "b", b);
    }

    @Test
    void theEvaluatorsAreToldWhichUnitSelfAssessedWhichForm() {
        NoticeText zh = AppraisalNotice.render(AppraisalNotice.SELF_ASSESSED, params("平江县商务局", ""), Messages.CHINESE).orElseThrow();
        assertEquals("待评分：平江县商务局 已提交“" + SCHEME + "”自评", zh.subject());
        assertEquals("平江县商务局 已提交“" + SCHEME + "”考评表的自评，请在帮扶通“考评表”中评分。", zh.body());
        NoticeText en = AppraisalNotice.render(AppraisalNotice.SELF_ASSESSED, params("平江县商务局", ""), Locale.ENGLISH).orElseThrow();
        assertEquals("To score: 平江县商务局 self-assessed \"" + SCHEME + "\"", en.subject());
    }

    @Test
    void theEvaluatorsAreToldWhichIndicatorAUnitAppeals() {
        NoticeText zh = AppraisalNotice.render(AppraisalNotice.APPEALED, params("平江县商务局", "A3"), Messages.CHINESE).orElseThrow();
        assertEquals("待答复申诉：平江县商务局（" + SCHEME + "）", zh.subject());
        assertTrue(zh.body().startsWith("平江县商务局 对“" + SCHEME + "”指标 A3 提出申诉"), zh.body());
        NoticeText en = AppraisalNotice.render(AppraisalNotice.APPEALED, params("平江县商务局", "A3"), Locale.ENGLISH).orElseThrow();
        assertTrue(en.body().startsWith("平江县商务局 has appealed indicator A3 of \"" + SCHEME + "\""), en.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {AppraisalNotice.OPENED, AppraisalNotice.PUBLICISED, AppraisalNotice.ANSWERED, AppraisalNotice.SELF_ASSESSED,
            AppraisalNotice.APPEALED})
    void everyKindRendersWholeInBothLanguages(String kind) {
        for (Locale locale : new Locale[] {Messages.CHINESE, Locale.ENGLISH}) {
            NoticeText text = AppraisalNotice.render(kind, params("平江县商务局", "UPHELD"), locale).orElseThrow();
            assertFalse(text.subject().contains("{") || text.body().contains("{"), kind + " " + locale + ": " + text);
            assertTrue(text.subject().contains(SCHEME), text.subject());
        }
    }

    @Test
    void otherKindsAreNotTheAppraisals() {
        assertTrue(AppraisalNotice.render("plan.submitted", params("x", "y"), Messages.CHINESE).isEmpty());
    }
}

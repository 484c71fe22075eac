package cn.bangfu.campaign.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.org.entity.NoticeText;
import cn.bangfu.platform.entity.Messages;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanNoticeTest {

    private static final Map<String, String> SUBMITTED = Map.of("target", "平江县方正达电子科技有限公司", "unit", "平江县工业和信息化局",
            "campaign", "2026 年平江县联手帮扶企业和产业发展升级行动", "date", "2026-05-20");

    @Test
    void theOfficeReadsWhichPlanWaitsForItAndWhatToDo() {
        NoticeText zh = PlanNotice.render(PlanNotice.SUBMITTED, SUBMITTED, Messages.CHINESE).orElseThrow();
        assertEquals("帮扶方案待审核：“平江县方正达电子科技有限公司”（平江县工业和信息化局报送）", zh.subject());
        assertEquals("平江县工业和信息化局于 2026-05-20 报送了“平江县方正达电子科技有限公司”的帮扶方案（2026 年平江县联手帮扶企业和产业发展升级行动），"
                + "请审核：通过，或说明理由退回修改。", zh.body());
    }

    @Test
    void inEnglishForAnEnglishReader() {
        NoticeText en = PlanNotice.render(PlanNotice.SUBMITTED, SUBMITTED, Locale.ENGLISH).orElseThrow();
        assertEquals("Assistance plan to review: \"平江县方正达电子科技有限公司\" (submitted by 平江县工业和信息化局)", en.subject());
        assertTrue(en.body().startsWith("平江县工业和信息化局 submitted the assistance plan for \"平江县方正达电子科技有限公司\" on 2026-05-20"), en.body());
    }

    @Test
    void otherKindsAreNotItsToRender() {
        assertTrue(PlanNotice.render("assignment.released", SUBMITTED, Messages.CHINESE).isEmpty());
    }
}

package cn.bangfu.campaign.control;

import static cn.bangfu.campaign.entity.Fixture.FGJ;
import static cn.bangfu.campaign.entity.Fixture.GXJ;
import static cn.bangfu.campaign.entity.Fixture.SHOES;
import static cn.bangfu.campaign.entity.Fixture.SW;
import static cn.bangfu.campaign.entity.Fixture.SWJ;
import static cn.bangfu.campaign.entity.Fixture.ZHANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.campaign.entity.Assignment;
import cn.bangfu.campaign.entity.Fixture;
import cn.bangfu.org.entity.NoticeText;
import cn.bangfu.platform.entity.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssignmentNoticeTest {

    private static final Assignment A = Fixture.assignment(Fixture.threeToOne(), SHOES, ZHANG, GXJ, List.of(FGJ, SWJ), LocalDate.of(2026, 3, 1));

    @Test
    void theLeadingUnitIsToldTheTargetTheLeaderAndEveryPartnerWithContactAndPhone() {
        NoticeText t = AssignmentNotice.assigned(A, GXJ, false).text(Messages.CHINESE);
        assertEquals("对口联系安排：贵单位为“湖南赛雅特鞋业有限公司”的牵头单位（自 2026-03-01 起）", t.subject());
        String[] lines = t.body().split("\n");
        assertEquals("根据“2026 年联手帮扶企业行动”（三帮一）的安排，自 2026-03-01 起，贵单位为“湖南赛雅特鞋业有限公司”的牵头单位。", lines[0]);
        assertEquals("联系县领导：张卫东（县委副书记），电话 13907301001", lines[1]);
        assertEquals("牵头单位：平江县工业和信息化局（贵单位），第一责任人 平江局长，联系人 陈晓东，电话 13907302002", lines[2]);
        assertEquals("配合单位：平江县发展和改革局，第一责任人 平江局长，联系人 周敏，电话 13907302001", lines[3]);
        assertEquals("配合单位：平江县商务局，第一责任人 平江局长，联系人 联系人，电话 0730-6221001", lines[4],
                "without a contact cadre the unit's own contact and phone");
        assertEquals("请于 2026-03-31 前报送帮扶方案，并负责通知、组织配合单位共同开展帮扶。", lines[5], "the leading unit leads");
        assertEquals(6, lines.length);
    }

    @Test
    void theSameNoticeReadsInEnglishForAnEnglishReader() {
        NoticeText t = AssignmentNotice.assigned(A, GXJ, false).text(Locale.ENGLISH);
        assertEquals("Assignment: your unit is the leading unit of \"湖南赛雅特鞋业有限公司\" (from 2026-03-01)", t.subject());
        String[] lines = t.body().split("\n");
        assertEquals("Under \"2026 年联手帮扶企业行动\" (three-to-one), your unit is the leading unit of \"湖南赛雅特鞋业有限公司\" from 2026-03-01.",
                lines[0]);
        assertEquals("County contact leader: 张卫东 (县委副书记), phone 13907301001", lines[1]);
        assertEquals("Leading unit: 平江县工业和信息化局 (your unit), first responsible person 平江局长, contact 陈晓东, phone 13907302002", lines[2]);
        assertEquals("Co-unit: 平江县商务局, first responsible person 平江局长, contact 联系人, phone 0730-6221001", lines[4]);
        assertEquals("Please submit the assistance plan by 2026-03-31, and inform and organise the co-units to carry it out with you.", lines[5]);
        assertTrue(t.body().chars().noneMatch(c -> c == '，' || c == '：'), "no Chinese punctuation of the template: " + t.body());
    }

    @Test
    void aCoUnitIsToldToActWithoutWaitingForTheLeadingUnit() {
        NoticeText t = AssignmentNotice.assigned(A, SWJ, true).text(Messages.CHINESE);
        assertEquals("对口联系调整：贵单位为“湖南赛雅特鞋业有限公司”的配合单位（自 2026-03-01 起）", t.subject());
        assertTrue(t.body().contains("配合单位：平江县商务局（贵单位）"), t::body);
        assertTrue(t.body().contains("（原安排同时调整）"), t::body);
        assertTrue(t.body().endsWith("请主动与牵头单位联系，共同制定和落实帮扶措施，不要等牵头单位通知才行动。"), t::body);

        NoticeText en = AssignmentNotice.assigned(A, SWJ, true).text(Locale.ENGLISH);
        assertEquals("Assignment changed: your unit is the co-unit of \"湖南赛雅特鞋业有限公司\" (from 2026-03-01)", en.subject());
        assertTrue(en.body().contains("Co-unit: 平江县商务局 (your unit)"), en::body);
        assertTrue(en.body().endsWith("do not wait to be told."), en::body);
    }

    @Test
    void aUnitThatDropsOutIsToldWhoLeadsNow() {
        AssignmentNotice.Notice n = AssignmentNotice.released(A, SW, LocalDate.of(2026, 6, 1));
        NoticeText t = n.text(Messages.CHINESE);
        assertEquals("对口联系调整：贵单位不再联系“湖南赛雅特鞋业有限公司”（自 2026-06-01 起）", t.subject());
        assertEquals("根据“2026 年联手帮扶企业行动”的调整，自 2026-06-01 起，国家税务总局平江县税务局不再参与“湖南赛雅特鞋业有限公司”的帮扶。"
                + "现由平江县工业和信息化局牵头，联系县领导为张卫东。请将已掌握的企业情况和未办结的问题移交牵头单位。", t.body());
        NoticeText en = n.text(Locale.ENGLISH);
        assertEquals("Assignment changed: your unit no longer helps \"湖南赛雅特鞋业有限公司\" (from 2026-06-01)", en.subject());
        assertTrue(en.body().startsWith("Under a change of \"2026 年联手帮扶企业行动\", 国家税务总局平江县税务局 no longer takes part in helping "
                + "\"湖南赛雅特鞋业有限公司\" from 2026-06-01. 平江县工业和信息化局 now leads, and the county contact leader is 张卫东."), en::body);
    }

    @Test
    void theNoticeIsRenderedFromItsStoredParametersAlone() {
        AssignmentNotice.Notice n = AssignmentNotice.assigned(A, FGJ, false);
        Map<String, String> stored = Map.copyOf(n.params());
        assertEquals(n.text(Locale.ENGLISH), AssignmentNotice.render(n.kind(), stored, Locale.US).orElseThrow());
        assertEquals(n.text(Messages.CHINESE), AssignmentNotice.render(n.kind(), stored, Locale.forLanguageTag("fr")).orElseThrow(),
                "another language reads Chinese");
        assertTrue(AssignmentNotice.render("problem.routed", stored, Locale.ENGLISH).isEmpty(), "not an assignment notice");
    }

    @Test
    void aMissingPhoneOrDeadlineReadsAsADashOrAsSoonAsPossible() {
        Assignment noDeadline = Fixture.assignment(Fixture.campaign(cn.bangfu.campaign.entity.CampaignMode.ONE_TO_ONE, null, null), SHOES,
                ZHANG, GXJ, List.of(), LocalDate.of(2026, 3, 1));
        Map<String, String> p = new java.util.HashMap<>(AssignmentNotice.assigned(noDeadline, GXJ, false).params());
        p.remove("planDeadline");
        p.remove("leaderPhone");
        NoticeText en = AssignmentNotice.render(AssignmentNotice.ASSIGNED, p, Locale.ENGLISH).orElseThrow();
        assertTrue(en.body().contains("County contact leader: 张卫东 (县委副书记), phone —"), en::body);
        assertTrue(en.body().endsWith("Please draw up the assistance plan soon."), en::body);
    }
}

package cn.bangfu.org.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bangfu.appraisal.control.AppraisalNotice;
import cn.bangfu.appraisal.control.AppraisalNoticeTexts;
import cn.bangfu.campaign.control.AssignmentNotice;
import cn.bangfu.campaign.control.AssignmentNoticeTexts;
import cn.bangfu.campaign.control.PlanNotice;
import cn.bangfu.campaign.control.PlanNoticeTexts;
import cn.bangfu.inspection.control.InspectionNotice;
import cn.bangfu.inspection.control.InspectionNoticeTexts;
import cn.bangfu.ledger.control.ProblemNotice;
import cn.bangfu.ledger.control.ProblemNoticeTexts;
import cn.bangfu.org.entity.NoticeAbout;
import cn.bangfu.report.control.CircularNotice;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which record each kind of notice is about, as the inbox asks every component (the reader opens it from the notice):
 * the form, the rectification, the circular, the problem — and none for an announcement or a digest, for a kind of
 * another component, or for a notice sent before its record's id was kept.
 */
class NoticeAboutTest {

    private static final List<NoticeTexts> COMPONENTS = List.of(new AppraisalNoticeTexts(), new InspectionNoticeTexts(), new CircularNotice(),
            new ProblemNoticeTexts(), new AssignmentNoticeTexts(), new PlanNoticeTexts());
    private static final Map<String, String> WITH_ID = Map.of("id", "42", "title", "x");

    /** What the inbox finds: the first component that says. */
    private static Optional<NoticeAbout> about(String kind, Map<String, String> params) {
        return COMPONENTS.stream().map(c -> c.about(kind, params)).flatMap(Optional::stream).findFirst();
    }

    @Test
    void aNoticeIsAboutTheRecordItWasSentFor() {
        for (String kind : List.of(AppraisalNotice.OPENED, AppraisalNotice.PUBLICISED, AppraisalNotice.ANSWERED, AppraisalNotice.SELF_ASSESSED,
                AppraisalNotice.APPEALED)) {
            assertEquals(Optional.of(new NoticeAbout(NoticeAbout.APPRAISAL, 42)), about(kind, WITH_ID), kind);
        }
        for (String kind : List.of(InspectionNotice.RECTIFY, InspectionNotice.REJECTED, InspectionNotice.ACCEPTED, InspectionNotice.SUBMITTED)) {
            assertEquals(Optional.of(new NoticeAbout(NoticeAbout.RECTIFICATION, 42)), about(kind, WITH_ID), kind);
        }
        assertEquals(Optional.of(new NoticeAbout(NoticeAbout.CIRCULAR, 42)), about(CircularNotice.PUBLISHED, WITH_ID));
        for (String kind : List.of(ProblemNotice.REGISTERED, ProblemNotice.ROUTED, ProblemNotice.ESCALATED, ProblemNotice.DISSATISFIED)) {
            assertEquals(Optional.of(new NoticeAbout(NoticeAbout.PROBLEM, 42)), about(kind, WITH_ID), kind);
        }
    }

    @Test
    void announcementsDigestsAndOtherKindsAreAboutNone() {
        for (String kind : List.of(InspectionNotice.VISIT, ProblemNotice.DIGEST, PlanNotice.SUBMITTED, AssignmentNotice.ASSIGNED, "unknown.kind")) {
            assertEquals(Optional.empty(), about(kind, WITH_ID), kind);
        }
    }

    @Test
    void aNoticeSentWithoutItsRecordsIdIsAboutNone() {
        assertEquals(Optional.empty(), about(ProblemNotice.ESCALATED, Map.of("number", "PJ-2026-0001")));
        assertEquals(Optional.empty(), about(AppraisalNotice.OPENED, Map.of("id", "null")));
        assertEquals(Optional.empty(), about(CircularNotice.PUBLISHED, Map.of("id", "12345678901234567890")));
    }
}

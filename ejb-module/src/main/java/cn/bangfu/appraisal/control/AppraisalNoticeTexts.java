package cn.bangfu.appraisal.control;

import cn.bangfu.org.control.NoticeTexts;
import cn.bangfu.org.entity.NoticeAbout;
import cn.bangfu.org.entity.NoticeText;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Renders the appraisal's notices ({@link AppraisalNotice}) for the inbox, in the reader's language. */
@ApplicationScoped
public class AppraisalNoticeTexts implements NoticeTexts {

    @Override
    public Optional<NoticeText> render(String kind, Map<String, String> params, Locale locale) {
        return AppraisalNotice.render(kind, params, locale);
    }

    @Override
    public Optional<NoticeAbout> about(String kind, Map<String, String> params) {
        return AppraisalNotice.recordOf(kind, params);
    }
}

package cn.bangfu.campaign.control;

import cn.bangfu.org.control.NoticeTexts;
import cn.bangfu.org.entity.NoticeText;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Renders the office's plan notices ({@link PlanNotice}) for the inbox, in the reader's language. */
@ApplicationScoped
public class PlanNoticeTexts implements NoticeTexts {

    @Override
    public Optional<NoticeText> render(String kind, Map<String, String> params, Locale locale) {
        return PlanNotice.render(kind, params, locale);
    }
}

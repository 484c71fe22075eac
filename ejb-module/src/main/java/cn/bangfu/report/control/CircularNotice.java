package cn.bangfu.report.control;

import cn.bangfu.org.control.NoticeTexts;
import cn.bangfu.org.entity.InboxNotice;
import cn.bangfu.org.entity.NoticeAbout;
import cn.bangfu.org.entity.NoticeText;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.report.entity.Circular;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The notice every unit of a campaign gets when a circular is published: its title and 文号, and where to read it. */
@ApplicationScoped
public class CircularNotice implements NoticeTexts {

    public static final String PUBLISHED = "report.circular";

    public static InboxNotice of(Circular c, Unit to, Instant now) {
        Map<String, String> p = Map.of("id", String.valueOf(c.getId()), "title", c.getTitle(), "docNumber", c.getDocNumber());
        return new InboxNotice(to, PUBLISHED, p, text(p, Messages.CHINESE), now);
    }

    @Override
    public Optional<NoticeText> render(String kind, Map<String, String> params, Locale locale) {
        return PUBLISHED.equals(kind) ? Optional.of(text(params, locale)) : Optional.empty();
    }

    @Override
    public Optional<NoticeAbout> about(String kind, Map<String, String> params) {
        return PUBLISHED.equals(kind) ? NoticeAbout.of(NoticeAbout.CIRCULAR, params) : Optional.empty();
    }

    private static NoticeText text(Map<String, String> p, Locale locale) {
        return new NoticeText(Messages.get(locale, "notice.circular.subject", p.get("title"), p.get("docNumber")),
                Messages.get(locale, "notice.circular.body", p.get("title"), p.get("docNumber")));
    }
}

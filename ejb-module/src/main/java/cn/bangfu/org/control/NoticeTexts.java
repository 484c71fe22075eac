package cn.bangfu.org.control;

import cn.bangfu.org.entity.NoticeAbout;
import cn.bangfu.org.entity.NoticeText;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders inbox notices of the kinds one component sends (e.g. campaign's assignment notices) from
 * what they are about, in the reader's language. The inbox asks every implementation (CDI beans) and
 * shows the stored text of a notice that none of them renders.
 */
public interface NoticeTexts {

    /** The subject and body of a notice of {@code kind}, or empty when the kind is not one of this component's. */
    Optional<NoticeText> render(String kind, Map<String, String> params, Locale locale);

    /** The record a notice of {@code kind} is about, for the reader to open; empty when it is about none (a digest). */
    default Optional<NoticeAbout> about(String kind, Map<String, String> params) {
        return Optional.empty();
    }
}

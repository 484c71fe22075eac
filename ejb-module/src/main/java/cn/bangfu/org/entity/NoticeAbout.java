package cn.bangfu.org.entity;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * The record a notice is about, for the reader to open it: an appraisal form ({@code APPRAISAL}), a rectification
 * ({@code RECTIFICATION}), a circular ({@code CIRCULAR}) or a problem ({@code PROBLEM}), by id. Whether the reader may
 * open it is decided where it opens, as for any link.
 */
public record NoticeAbout(String type, long id) implements Serializable {

    public static final String APPRAISAL = "APPRAISAL";
    public static final String RECTIFICATION = "RECTIFICATION";
    public static final String CIRCULAR = "CIRCULAR";
    public static final String PROBLEM = "PROBLEM";

    /** The record of this type whose id the notice's parameters hold as {@code id}; empty for a notice sent without one. */
    public static Optional<NoticeAbout> of(String type, Map<String, String> params) {
        String id = params.get("id");
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(new NoticeAbout(type, Long.parseLong(id)));
    }
}

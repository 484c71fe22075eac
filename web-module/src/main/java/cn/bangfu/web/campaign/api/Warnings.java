package cn.bangfu.web.campaign.api;

import cn.bangfu.campaign.entity.Assigned;
import cn.bangfu.campaign.entity.AssignmentData;
import cn.bangfu.campaign.entity.Warning;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.web.platform.api.ProblemMapper;
import jakarta.ws.rs.core.HttpHeaders;

/** Puts a save's warnings into the returned assignment as {@code "warnings": [{"field", "message"}]}, in the caller's language. */
final class Warnings {

    private Warnings() {
    }

    static AssignmentData into(Assigned assigned, HttpHeaders headers) {
        var locale = ProblemMapper.locale(headers);
        return assigned.assignment().withWarnings(assigned.warnings().stream()
                .map(w -> new Warning(w.field(), Messages.text(locale, w))).toList());
    }
}

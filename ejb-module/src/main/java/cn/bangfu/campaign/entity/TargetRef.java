package cn.bangfu.campaign.entity;

import cn.bangfu.registry.entity.AssistanceTarget;
import cn.bangfu.registry.entity.Enterprise;
import cn.bangfu.registry.entity.KeyProject;
import java.io.Serializable;

/**
 * An assistance target as an assignment names it: {@code {"creditCode": ...}} for an enterprise or
 * {@code {"projectId": ...}} for a key project. On the way out the name, kind and region are filled in.
 */
public record TargetRef(String creditCode, Long projectId, String name, String kind, String regionCode) implements Serializable {

    public static TargetRef of(AssistanceTarget t) {
        if (t instanceof Enterprise e) {
            return new TargetRef(e.getCreditCode(), null, e.getName(), t.kind().name(), t.getRegion().getCode());
        }
        return new TargetRef(null, t.getId(), t.getName(), t.kind().name(), t.getRegion().getCode());
    }

    public static TargetRef enterprise(String creditCode) {
        return new TargetRef(creditCode, null, null, null, null);
    }

    public static TargetRef project(long id) {
        return new TargetRef(null, id, null, null, null);
    }

    /** Whether the reference names anything: a credit code or a project id. */
    public boolean given() {
        return (creditCode != null && !creditCode.isBlank()) || projectId != null;
    }

    /** "creditCode" or "project 123", for messages. */
    public String label() {
        return creditCode != null && !creditCode.isBlank() ? creditCode.strip() : projectId == null ? "" : String.valueOf(projectId);
    }

    /** Whether this names the given target (enterprise by credit code, project by id). */
    public boolean names(AssistanceTarget t) {
        if (t instanceof Enterprise e) {
            return creditCode != null && cn.bangfu.registry.entity.CreditCode.normalise(creditCode) != null
                    && cn.bangfu.registry.entity.CreditCode.normalise(creditCode).equals(e.getCreditCode());
        }
        return t instanceof KeyProject && projectId != null && projectId.equals(t.getId());
    }
}

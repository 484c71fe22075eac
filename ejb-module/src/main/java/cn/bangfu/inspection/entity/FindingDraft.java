package cn.bangfu.inspection.entity;

import java.io.Serializable;

/**
 * What an inspector sends to file a finding: the visit (id), the checklist item's code, the severity (MINOR, MAJOR,
 * SERIOUS), what was found, and the responsible unit's code (default: the inspected unit, or the target's leading unit).
 */
public record FindingDraft(Long visit, String item, String severity, String description, String unitCode) implements Serializable {
}

package cn.bangfu.registry.entity;

/** What an assistance target is; stored in {@code assistance_target.target_kind}. */
public enum TargetKind {
    ENTERPRISE, KEY_PROJECT
}

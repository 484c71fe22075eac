package cn.bangfu.platform.entity;

/** CDI event fired once the database schema is migrated: start-up work that needs tables observes it. */
public record SchemaReady() {
}

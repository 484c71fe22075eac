package cn.bangfu.platform.entity;

import java.io.Serializable;

/** What an import did: records created, records changed, and rows that matched a record exactly. */
public record ImportResult(int created, int updated, int unchanged) implements Serializable {
}

package cn.bangfu.org.entity;

import java.io.Serializable;

/** What a unit import did: units created, units changed, and rows that matched a unit exactly. */
public record UnitImportResult(int created, int updated, int unchanged) implements Serializable {
}

package cn.bangfu.ledger.entity;

import java.io.Serializable;

/** A problem category as the API shows it: its code, its name in the reader's language, and the county whose own it is (null for the defaults). */
public record ProblemCategoryData(String code, String name, String regionCode) implements Serializable {
}

package cn.bangfu.org.entity;

import java.io.Serializable;

/** A unit as read from one spreadsheet row; {@code row} is the row number Excel shows (the header is row 1). */
public record UnitRow(int row, UnitData data) implements Serializable {
}

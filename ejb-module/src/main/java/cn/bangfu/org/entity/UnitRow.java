package cn.bangfu.org.entity;

import java.io.Serializable;

/**
 * A unit as read from one spreadsheet row; {@code row} is the row number Excel shows (the header is row 1).
 * {@code withEmail} is false for a row of a sheet made before the e-mail column: it leaves a unit's address as it is.
 */
public record UnitRow(int row, UnitData data, boolean withEmail) implements Serializable {

    /** A row of a sheet with every column. */
    public UnitRow(int row, UnitData data) {
        this(row, data, true);
    }
}

package cn.bangfu.registry.entity;

import java.io.Serializable;

/**
 * A key project as read from one spreadsheet row; {@code row} is the row number Excel shows (the header is row 1).
 * {@code investmentCell} is the total-investment cell as written when it is no number (then the data has none), else null.
 */
public record KeyProjectRow(int row, KeyProjectData data, String investmentCell) implements Serializable {
}

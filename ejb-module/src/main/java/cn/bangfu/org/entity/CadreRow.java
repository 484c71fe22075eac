package cn.bangfu.org.entity;

import java.io.Serializable;

/** A cadre as read from one spreadsheet row; {@code row} is the row number Excel shows (the header is row 1). */
public record CadreRow(int row, CadreData data) implements Serializable {
}

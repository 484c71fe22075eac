package cn.bangfu.registry.entity;

import java.io.Serializable;

/** An enterprise as read from one spreadsheet row; {@code row} is the row number Excel shows (the header is row 1). */
public record EnterpriseRow(int row, EnterpriseData data) implements Serializable {
}

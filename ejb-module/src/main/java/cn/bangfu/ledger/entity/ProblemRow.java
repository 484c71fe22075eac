package cn.bangfu.ledger.entity;

/**
 * One row of the problem ledger spreadsheet (问题台账) as its cells read, text as the user wrote it (null when empty):
 * the Excel row number, the enterprise's name and credit code (a key project's name without a code), 问题描述, 问题类别,
 * 提出日期, 责任单位, 办理状态, 办结日期 and 办理结果. The 序号 column is only for reading, and not kept.
 */
public record ProblemRow(int row, String enterpriseName, String creditCode, String description, String category, String raisedOn,
                         String unit, String state, String resolvedOn, String answer) {
}

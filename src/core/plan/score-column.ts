/**
 * The header of the column 写入公式 adds beside a project table. The reader passes over it, so a
 * table with the column reads as before, and a second 写入公式 targets the same (filled) column.
 */
export const SCORE_COLUMN_TITLE = "计算得分（绩效自评助手）";

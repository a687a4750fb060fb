/**
 * What the messages call the table the department filled: a 部门整体 workbook's is its 评分表, a
 * project's is its 自评表 (项目支出绩效自评表, 财预〔2020〕10号 annex). One place, so checks,
 * reading notes, the report and the command line's summary name it alike.
 */
import type { TableKind } from "../input";

const FORM_NAME: Record<TableKind, string> = { department: "评分表", project: "自评表" };

/** "评分表" (部门整体) or "自评表" (项目支出), for “自评表填报总分为95分”. */
export function formName(kind: TableKind | undefined): string {
  return FORM_NAME[kind ?? "department"];
}

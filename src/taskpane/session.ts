/**
 * What the task pane can do to a workbook, whichever gateway is behind it: Office.js inside
 * Excel, or an .xlsx file in the browser (WPS users, no Office). The pane only calls these;
 * every number comes from src/core.
 */
import type { EvaluatedWorkbook, Narrative, ReportChoice } from "../core";

export type ProgressListener = (step: string, fraction: number) => void;

/** The outcome of an action, to show in the pane (Chinese). */
export interface ActionResult {
  readonly message: string;
  /** Cells the user may want to look at next ("自评汇总!A1"). */
  readonly cells?: readonly string[];
  /** Nothing was changed (already done, nothing to do): shown as information, never as success. */
  readonly nothingDone?: boolean;
}

/** Which tables the Word report has: the one the pane shows, or every table (one file, each from a new page). */
export type ReportScope = "shown" | "all";

/** What a download offered: the file's name and what to tell the user about it. */
export interface DownloadInfo {
  readonly fileName: string;
  readonly message: string;
}

export interface WorkbookSession {
  readonly kind: "excel" | "wps" | "file";
  /** A name for the workbook: the file name, or "当前工作簿". */
  readonly title: string;
  /** 读取评价表: finds the 评分表 and 基础数据表 and evaluates them. Throws WorkbookError. */
  read(progress?: ProgressListener): Promise<EvaluatedWorkbook>;
  /** 写入公式: rate formulas into empty cells of the 基础数据表 (a rate block where none exists). */
  writeFormulas(progress?: ProgressListener): Promise<ActionResult>;
  /** 标注扣分: deduction fills and check marks, recording the original formats. */
  markDeductions(progress?: ProgressListener): Promise<ActionResult>;
  /** 清除标注: restores every recorded original format exactly. */
  clearMarks(progress?: ProgressListener): Promise<ActionResult>;
  /** 生成汇总: 自评汇总 (with chart in Excel) and 自评报告 (in the chosen outline) as new sheets. */
  writeSummary(progress?: ProgressListener, report?: ReportChoice): Promise<ActionResult>;
  /** The report text for a choice of outline and the user's placeholder text (after read). */
  narrative(report?: ReportChoice): Narrative;
  /** Offers the Word report (.docx, official format) for download: of the table shown, or of all tables in one file. */
  downloadReport(report?: ReportChoice, scope?: ReportScope): Promise<DownloadInfo | void>;
  /** 转为普通公式: a copy of the workbook whose JX formulas are standard Excel formulas. */
  convertToPlainFormulas(progress?: ProgressListener): Promise<ActionResult>;
  /** Selects a cell ("评分表!H5") in Excel; undefined in the browser. */
  readonly selectCell?: (ref: string) => Promise<void>;
  /**
   * Offers the processed workbook for download (browser mode); its 自评报告 follows the report
   * choice given (what the pane shows).
   */
  readonly download?: (report?: ReportChoice) => Promise<DownloadInfo>;
}

/**
 * The task pane's session inside Excel: every action reads the workbook fresh, asks the core
 * for a plan and hands it to the Excel gateway, all in one Excel.run (one undo step, at most
 * three syncs). Messages are for the user, in Chinese; every number comes from src/core.
 */
import { buildFormulaPlan, buildMarkPlan, buildWritePlan, evaluateWorkbook, markedCellCounts, reportNarrative, type EvaluatedWorkbook, type Narrative, type ReportChoice } from "../core";
import { downloadReportDocx, refreshMessage } from "./report-download";
import { cellRef, quoteSheet } from "../core/grid/address";
import type { WorkbookGrids } from "../core/grid/grid";
import type { WritePlan } from "../core/plan/plan";
import { createExcelGateway, officeHost, type ExcelGateway, type GatewayStep } from "../gateways/excel";
import type { PlainCopy } from "../gateways/excel/plain-copy";
import type { ActionResult, DownloadInfo, ProgressListener, WorkbookSession } from "./session";

const STEPS: Record<GatewayStep, [string, number]> = {
  read: ["正在读取工作表…", 0.1],
  plan: ["正在计算评分…", 0.4],
  write: ["正在写入工作簿…", 0.7],
  save: ["正在保存标注记录…", 0.9],
};

/** The ExcelJS half of 转为普通公式, loaded only when the user asks for it. */
export type PlainCopyLoader = () => Promise<{ plainFormulaCopy(bytes: Uint8Array, fileName: string): Promise<PlainCopy> }>;

export class ExcelSession implements WorkbookSession {
  readonly kind = "excel" as const;
  readonly title = "当前工作簿";
  readonly selectCell: (ref: string) => Promise<void>;
  private evaluated?: EvaluatedWorkbook;

  constructor(
    private readonly gateway: ExcelGateway,
    private readonly loadPlainCopy: PlainCopyLoader = () => import(/* webpackChunkName: "plain-copy" */ "../gateways/excel/plain-copy"),
  ) {
    this.selectCell = (ref) => gateway.selectCell(ref);
  }

  /** The evaluation of the last read or action, if any. */
  get lastEvaluation(): EvaluatedWorkbook | undefined {
    return this.evaluated;
  }

  async read(progress?: ProgressListener): Promise<EvaluatedWorkbook> {
    const grids = await this.gateway.readGrids(stepsTo(progress));
    progress?.(...STEPS.plan);
    const evaluated = this.evaluate(grids);
    progress?.("读取完成", 1);
    return evaluated;
  }

  async writeSummary(progress?: ProgressListener, choice?: ReportChoice): Promise<ActionResult> {
    // Marks are their own action (标注扣分), with their originals recorded for 清除标注.
    const { report } = await this.update(progress, (grids) => {
      const e = this.evaluate(grids);
      return buildWritePlan(e.evaluation, { dialect: "jx", marks: false, narrative: reportNarrative(e, choice) });
    });
    const names = report.sheetsAdded;
    return done(progress, {
      message: `已生成新工作表${names.map((n) => `“${n}”`).join("和")}，原有工作表未作改动。${this.evaluated ? refreshMessage(this.evaluated) : ""}`,
      cells: names.length > 0 ? [`${quoteSheet(names[0])}!A1`] : [],
    });
  }

  narrative(choice?: ReportChoice): Narrative {
    if (!this.evaluated) throw new Error("narrative() before read()");
    return reportNarrative(this.evaluated, choice);
  }

  async downloadReport(choice?: ReportChoice): Promise<DownloadInfo> {
    return downloadReportDocx(this.evaluated ?? (await this.read()), choice, this.evaluated?.evaluation.input.department?.value ?? "部门整体支出绩效");
  }

  async markDeductions(progress?: ProgressListener): Promise<ActionResult> {
    const { plan, report } = await this.update(progress, (grids) => buildMarkPlan(this.evaluate(grids).evaluation), true);
    const unsaved = report.marksRecorded ? "" : "（注意：原格式记录未能保存到工作簿中，“清除标注”可能无法恢复原样。）";
    const { deductions, checked } = markedCellCounts(plan);
    if (!deductions && !checked) return done(progress, { message: `没有扣分，也没有检查指出的单元格，无需标注。${unsaved}` });
    return done(progress, {
      message:
        `已标注 ${deductions} 个扣分单元格（浅黄：部分扣分；浅红：得 0 分或扣分过半）和 ${checked} 个检查指出的单元格（红框）。` +
        `单元格的值和公式没有改动；原来的填充和边框已记录在工作簿中，可随时“清除标注”恢复。${unsaved}`,
      cells: plan.marks.filter((m) => m.cells.length > 0).map((m) => `${quoteSheet(m.sheet)}!${m.cells[0]}`),
    });
  }

  async clearMarks(progress?: ProgressListener): Promise<ActionResult> {
    if (!this.gateway.hasMarks()) return done(progress, { message: "当前工作簿中没有本助手添加的标注，无需清除。" });
    progress?.("正在恢复原来的格式…", 0.3);
    const { restored, missing } = await this.gateway.clearMarks();
    const lost = missing > 0 ? `另有 ${missing} 个单元格所在的工作表已删除或改名，未能恢复。` : "";
    return done(progress, { message: `已清除 ${restored} 个单元格的标注，填充和边框已恢复原样。${lost}` });
  }

  async writeFormulas(progress?: ProgressListener): Promise<ActionResult> {
    const { plan, report } = await this.update(progress, (grids) => buildFormulaPlan(this.evaluate(grids).evaluation, "jx"));
    const sheets = [...new Set((plan.edits ?? []).map((e) => e.sheet))];
    const skipped = report.cellsSkipped > 0 ? `${report.cellsSkipped} 个单元格已有内容，未覆盖。` : "";
    if (report.cellsWritten === 0) return done(progress, { message: `没有需要写入公式的空白单元格。${skipped}` });
    const cells = (plan.edits ?? []).filter((e) => e.cells.length > 0).map((e) => cellRef(e.sheet, e.cells[0].row, e.cells[0].col));
    return done(progress, {
      message: `已在${sheets.map((s) => `“${s}”`).join("、")}的空白单元格写入 ${report.cellsWritten} 个单元格（公式使用本加载项的 JX 函数）。${skipped}`,
      cells,
    });
  }

  async convertToPlainFormulas(progress?: ProgressListener): Promise<ActionResult> {
    progress?.("正在读取工作簿文件…", 0.1);
    const bytes = await this.gateway.workbookBytes();
    progress?.("正在转换公式…", 0.4);
    const { plainFormulaCopy } = await this.loadPlainCopy();
    const { bytes: copy, report } = await plainFormulaCopy(bytes, "当前工作簿.xlsx");
    if (report.formulas + report.values === 0) return done(progress, { message: "工作簿中没有使用 JX 函数的公式，无需转换。" });
    progress?.("正在打开转换后的副本…", 0.8);
    await this.gateway.openWorkbookCopy(copy);
    const asValues = report.values > 0 ? `，${report.values} 个无法用普通公式表达的改为计算结果` : "";
    return done(progress, {
      message:
        `已在新工作簿中打开副本：${report.formulas} 个 JX 公式改为普通公式${asValues}。当前工作簿未作改动。` +
        "请另存副本；副本由文件转换生成，图表可能不会保留。",
    });
  }

  private evaluate(grids: WorkbookGrids): EvaluatedWorkbook {
    this.evaluated = evaluateWorkbook(grids, undefined, { dialect: "jx" });
    return this.evaluated;
  }

  private update(progress: ProgressListener | undefined, planFor: (grids: WorkbookGrids) => WritePlan, replaceMarks = false) {
    return this.gateway.update(planFor, { replaceMarks, onStep: stepsTo(progress) });
  }
}

/** The session Excel's task pane uses (after Office.onReady, inside Excel). */
export function createExcelSession(): ExcelSession {
  return new ExcelSession(createExcelGateway(officeHost()));
}

function stepsTo(progress: ProgressListener | undefined): ((step: GatewayStep) => void) | undefined {
  return progress && ((step) => progress(...STEPS[step]));
}

function done(progress: ProgressListener | undefined, result: ActionResult): ActionResult {
  progress?.("完成", 1);
  return result;
}

/**
 * The task pane's session inside Excel: every action reads the workbook fresh, asks the core
 * for a plan and hands it to the Excel gateway, all in one Excel.run (one undo step, a fixed
 * number of syncs for a normal workbook). Messages are for the user, in Chinese; every number
 * comes from src/core.
 *
 * What this Excel supports is checked once (the gateway's capabilities): without the JX custom
 * functions the formulas written are standard Excel formulas; where Office cannot download
 * (Office for Mac) or give the file's bytes (Excel on the web), the pane says so and names the
 * browser page and the command line instead of doing nothing. ExcelJS and docx work runs in a
 * Web Worker (heavy-work.ts), off the thread the JX functions calculate on.
 */
import { sheetNamesPhrase } from "../core/plan/sheet-names-phrase";
import { evaluateWorkbook, markedCellCounts, reportNarrative, workbookFormulaPlan, workbookMarkPlan, workbookWritePlan, type EvaluatedWorkbook, type Narrative, type ReportChoice } from "../core";
import { WorkbookError } from "../core/errors";
import { cellRef, quoteSheet } from "../core/grid/address";
import type { WorkbookGrids } from "../core/grid/grid";
import type { FormulaDialect, WritePlan } from "../core/plan/plan";
import { createExcelGateway, officeHost, type ExcelGateway, type GatewayStep, type UnreadableSheet } from "../gateways/excel";
import versions from "../gateways/excel/versions.json";
import { inlineHeavyWork, type HeavyWork } from "./heavy-work";
import { downloadReportDocx, refreshMessage } from "./report-download";
import type { ActionResult, DownloadInfo, ProgressListener, ReportScope, WorkbookSession } from "./session";

const STEPS: Record<GatewayStep, [string, number]> = {
  read: ["正在读取工作表…", 0.1],
  plan: ["正在计算评分…", 0.4],
  write: ["正在写入工作簿…", 0.7],
  save: ["正在保存标注记录…", 0.9],
};

/** Office for Mac ignores downloads started in an add-in (office-js #2700, #4681, #3385). */
export const NO_DOWNLOAD_MESSAGE =
  "Office for Mac 不允许加载项下载文件，Word 报告无法在这里保存。请用“生成汇总”把自评报告写入工作簿，或在浏览器中打开本加载项的浏览器页面（同一地址的 taskpane.html）选择这个工作簿下载 Word 报告，也可以用命令行 perfeval evaluate 工作簿.xlsx --docx 报告.docx。";

/** Where the heavy work runs: a Web Worker in the built pane, this thread in tests. */
export type HeavyWorkLoader = () => Promise<HeavyWork>;

export class ExcelSession implements WorkbookSession {
  readonly kind: "excel" | "wps" = "excel";
  readonly title = "当前工作簿";
  readonly selectCell: (ref: string) => Promise<void>;
  /** JX functions where Excel has them (and they are registered), standard formulas otherwise. */
  readonly dialect: FormulaDialect;
  /** A message for the pane to show from the start (what this Excel lacks), if any. */
  readonly startupNotice?: string;
  private evaluated?: EvaluatedWorkbook;
  private unreadable: readonly UnreadableSheet[] = [];

  constructor(
    private readonly gateway: ExcelGateway,
    private readonly heavy: HeavyWorkLoader = async () => inlineHeavyWork,
    /** What to say where the host has no JX functions (the WPS session says it for WPS). */
    noCustomFunctions: string = versions.noCustomFunctions,
  ) {
    this.selectCell = (ref) => gateway.selectCell(ref);
    this.dialect = gateway.capabilities.customFunctions ? "jx" : "standard";
    if (this.dialect === "standard") this.startupNotice = noCustomFunctions;
  }

  /** The evaluation of the last read or action, if any. */
  get lastEvaluation(): EvaluatedWorkbook | undefined {
    return this.evaluated;
  }

  async read(progress?: ProgressListener): Promise<EvaluatedWorkbook> {
    const { grids, unreadable } = await this.gateway.read(stepsTo(progress));
    this.unreadable = unreadable;
    progress?.(...STEPS.plan);
    const evaluated = this.evaluate(grids);
    progress?.("读取完成", 1);
    return evaluated;
  }

  async writeSummary(progress?: ProgressListener, choice?: ReportChoice): Promise<ActionResult> {
    // Marks are their own action (标注扣分), with their originals recorded for 清除标注.
    // Every table's sheets: the department's 自评汇总 and 自评报告, each project's pair.
    const { report } = await this.update(progress, (grids) => workbookWritePlan(this.evaluate(grids), choice, { dialect: this.dialect }));
    const names = report.sheetsAdded;
    return done(progress, {
      message: `已生成新的${sheetNamesPhrase(names)}，原有工作表未作改动。${this.evaluated ? refreshMessage(this.evaluated) : ""}${this.unreadableNote()}`,
      cells: names.length > 0 ? [`${quoteSheet(names[0])}!A1`] : [],
    });
  }

  narrative(choice?: ReportChoice): Narrative {
    if (!this.evaluated) throw new Error("narrative() before read()");
    return reportNarrative(this.evaluated, choice);
  }

  async downloadReport(choice?: ReportChoice, scope?: ReportScope): Promise<DownloadInfo> {
    if (!this.gateway.capabilities.downloads) throw new WorkbookError(NO_DOWNLOAD_MESSAGE);
    const evaluated = this.evaluated ?? (await this.read());
    const heavy = await this.heavy();
    return downloadReportDocx(evaluated, choice, evaluated.evaluation.input.department?.value ?? "部门整体支出绩效", (parts) => heavy.reportsDocx(parts), scope);
  }

  async markDeductions(progress?: ProgressListener): Promise<ActionResult> {
    const { plan, report } = await this.update(progress, (grids) => workbookMarkPlan(this.evaluate(grids)), true);
    const unsaved = report.marksRecorded ? "" : "（注意：原格式记录未能保存到工作簿中，“清除标注”可能无法恢复原样。）";
    const { deductions, checked, belowTarget } = markedCellCounts(plan);
    if (!deductions && !checked && !belowTarget) return done(progress, { message: `没有扣分，也没有检查指出的单元格，无需标注。${unsaved}${this.unreadableNote()}` });
    const below = belowTarget ? `，以及 ${belowTarget} 个未达到年度指标值的实际完成值（红框）` : "";
    return done(progress, {
      message:
        `已标注 ${deductions} 个扣分单元格（浅黄：部分扣分；橙红：得 0 分或扣分过半）和 ${checked} 个检查指出的单元格（红框）${below}。` +
        `单元格的值和公式没有改动；原来的填充和边框已记录在工作簿中，可随时“清除标注”恢复。${unsaved}${this.unreadableNote()}`,
      cells: plan.marks.filter((m) => m.cells.length > 0).map((m) => `${quoteSheet(m.sheet)}!${m.cells[0]}`),
    });
  }

  async clearMarks(progress?: ProgressListener): Promise<ActionResult> {
    if (!this.gateway.hasMarks()) return done(progress, { message: "当前工作簿中没有本助手添加的标注，无需清除。" });
    progress?.("正在恢复原来的格式…", 0.3);
    const { restored, changed, missing } = await this.gateway.clearMarks();
    const lost = missing > 0 ? `另有 ${missing} 个单元格所在的工作表已删除或改名，未能恢复。` : "";
    if (restored === 0) {
      return done(progress, { message: `没有正在显示的标注需要清除：标注已经清除、已撤销，或单元格格式在标注后被改过（这些单元格保持现状）。${lost}` });
    }
    const kept = changed > 0 ? `${changed} 个单元格的格式在标注后被改过或标注已撤销，保持现状。` : "";
    return done(progress, { message: `已清除 ${restored} 个单元格的标注，填充和边框已恢复原样（原来没有填充的仍为无填充）。${kept}${lost}` });
  }

  async writeFormulas(progress?: ProgressListener): Promise<ActionResult> {
    const { plan, report } = await this.update(progress, (grids) => workbookFormulaPlan(this.evaluate(grids), this.dialect));
    const sheets = [...new Set((plan.edits ?? []).map((e) => e.sheet))];
    const skipped = report.cellsSkipped > 0 ? `${report.cellsSkipped} 个单元格已有内容，未覆盖。` : "";
    if (report.cellsWritten === 0) return done(progress, { message: `没有需要写入公式的空白单元格。${skipped}` });
    const cells = (plan.edits ?? []).filter((e) => e.cells.length > 0).map((e) => cellRef(e.sheet, e.cells[0].row, e.cells[0].col));
    const kind = this.dialect === "jx" ? "公式使用本加载项的 JX 函数" : "公式为标准 Excel 公式";
    return done(progress, {
      message: `已在${sheets.map((s) => `“${s}”`).join("、")}的空白单元格写入 ${report.cellsWritten} 个单元格（${kind}）。${skipped}${this.unreadableNote()}`,
      cells,
    });
  }

  async convertToPlainFormulas(progress?: ProgressListener): Promise<ActionResult> {
    progress?.("正在读取工作簿文件…", 0.1);
    const bytes = await this.gateway.workbookBytes();
    progress?.("正在转换公式…", 0.4);
    const heavy = await this.heavy();
    const { base64, report } = await heavy.plainCopy(bytes, "当前工作簿.xlsx");
    if (report.formulas + report.values === 0) return done(progress, { message: "工作簿中没有使用 JX 函数的公式，无需转换。" });
    progress?.("正在打开转换后的副本…", 0.8);
    await this.gateway.openWorkbookCopy(base64);
    const asValues = report.values > 0 ? `，${report.values} 个无法用普通公式表达的改为计算结果` : "";
    return done(progress, {
      message:
        `已在新工作簿中打开副本：${report.formulas} 个 JX 公式改为普通公式${asValues}。当前工作簿未作改动。` +
        "请另存副本；副本由文件转换生成，图表可能不会保留。",
    });
  }

  private evaluate(grids: WorkbookGrids): EvaluatedWorkbook {
    try {
      this.evaluated = evaluateWorkbook(grids, undefined, { dialect: this.dialect });
    } catch (e) {
      // A sheet Excel would not give may be the one the engine was looking for.
      if (e instanceof WorkbookError && this.unreadable.length > 0) throw new WorkbookError(`${e.message}${this.unreadableNote()}`, e.location);
      throw e;
    }
    return this.evaluated;
  }

  /** "（工作表“明细”无法读取，已跳过：…）" for each sheet Excel would not give. */
  private unreadableNote(): string {
    return this.unreadable.map((u) => `（工作表“${u.sheet}”无法读取，已跳过：${u.reason}）`).join("");
  }

  private update(progress: ProgressListener | undefined, planFor: (grids: WorkbookGrids) => WritePlan, replaceMarks = false) {
    return this.gateway.update(
      (grids, unreadable) => {
        this.unreadable = unreadable;
        return planFor(grids);
      },
      { replaceMarks, onStep: stepsTo(progress) },
    );
  }
}

/** The session Excel's task pane uses (after Office.onReady, inside Excel). */
export function createExcelSession(): ExcelSession {
  let worker: Promise<HeavyWork> | undefined;
  // The worker starts the first time heavy work is asked for.
  const heavy = () => (worker ??= import(/* webpackChunkName: "heavy-work-client" */ "./heavy-work-client").then((m) => m.workerHeavyWork()));
  return new ExcelSession(createExcelGateway(officeHost()), heavy);
}

function stepsTo(progress: ProgressListener | undefined): ((step: GatewayStep) => void) | undefined {
  return progress && ((step) => progress(...STEPS[step]));
}

function done(progress: ProgressListener | undefined, result: ActionResult): ActionResult {
  progress?.("完成", 1);
  return result;
}

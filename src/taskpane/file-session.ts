/**
 * Browser mode: the WorkbookSession of an .xlsx file chosen in the page (WPS users, no Excel).
 *
 * The file is read once into memory; every action works on an in-memory copy of its package
 * (the file gateway's package layer: the user's parts plus the tool's additions) and the user
 * downloads the result as a new file. Nothing is uploaded and the original file on disk is
 * never changed. Formulas are always standard Excel formulas here (dialect "standard"), so they
 * calculate in Excel, WPS and LibreOffice.
 *
 * The copy is the original plus the actions applied so far (formulas, marks, summary), each
 * applied once. Clearing the marks, or writing the summary again with another outline or text,
 * rebuilds the copy from the original bytes: the 自评汇总 and 自评报告 are updated in place, and
 * what is downloaded is always what the pane shows (the download writes the summary when 生成汇总
 * was not clicked, and brings the report up to date when it was).
 */
import { sheetNamesPhrase } from "../core/plan/sheet-names-phrase";
import {
  evaluateWorkbook, markedCellCounts, openItems, openItemsMessage, reportDraft, reportDrafts, workbookFormulaPlan, workbookMarkPlan, workbookWritePlan,
  type EvaluatedWorkbook, type Narrative, type ReportChoice,
} from "../core";
import { SCORE_COLUMN_TITLE } from "../core/plan/project-formula-plan";
import { downloadReportDocx, refreshMessage } from "./report-download";
import { FORMULA_BLOCK_TITLE } from "../core/plan/formula-plan";
import type { PlannedSheet, WritePlan } from "../core/plan/plan";
import { saveFile } from "./save-file";
import type { ActionResult, DownloadInfo, ProgressListener, ReportScope, WorkbookSession } from "./session";

type XlsxGateway = typeof import("../gateways/xlsx");
type WorkbookPackage = Awaited<ReturnType<XlsxGateway["loadWorkbook"]>>["package"];
type Applied = "formulas" | "marks" | "summary";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let gatewayPromise: Promise<XlsxGateway> | undefined;

/** ExcelJS (about 260 KB gzipped) is fetched only when a file is first read. */
function xlsxGateway(): Promise<XlsxGateway> {
  gatewayPromise ??= import(/* webpackChunkName: "xlsx-gateway" */ "../gateways/xlsx");
  // A failed chunk load (network, deploy in progress) may be retried on the next action.
  gatewayPromise.catch(() => (gatewayPromise = undefined));
  return gatewayPromise;
}

/** Lets the pane paint the progress text before the next synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * "评价表.xlsx" → "评价表.自评结果.xlsx"; a result read again → "评价表.自评结果(2).xlsx" (the
 * browser numbers further downloads itself), never "评价表.自评结果.自评结果.xlsx".
 */
export function resultFileName(fileName: string): string {
  const again = /\.自评结果(?:\((\d+)\))?\.xlsx$/i.exec(fileName);
  if (again) return `${fileName.slice(0, again.index)}.自评结果(${again[1] ? Number(again[1]) + 1 : 2}).xlsx`;
  return `${fileName.replace(/\.xlsx$/i, "")}.自评结果.xlsx`;
}

/** Two choices give the same reports (same outline, unit and text, for every table). */
function sameChoice(a: ReportChoice | undefined, b: ReportChoice | undefined): boolean {
  const key = (c: ReportChoice | undefined) => JSON.stringify([c?.outline, c?.unit, c?.table ?? 0, c?.edits ?? {}, c?.tableEdits ?? {}]);
  return key(a) === key(b);
}

class FileSession implements WorkbookSession {
  readonly kind = "file" as const;
  readonly title: string;

  private original?: Uint8Array;
  private evaluated?: EvaluatedWorkbook;
  private workbook?: WorkbookPackage;
  private readonly applied = new Set<Applied>();
  /** The report choice the copy's 自评报告 was written with, and the sheets written (for the chart). */
  private summaryChoice?: ReportChoice;
  private summarySheets: readonly PlannedSheet[] = [];

  constructor(private readonly file: File) {
    this.title = file.name;
  }

  async read(progress?: ProgressListener): Promise<EvaluatedWorkbook> {
    progress?.("正在读取文件…", 0.1);
    this.original ??= new Uint8Array(await this.file.arrayBuffer());
    progress?.("正在载入表格组件…", 0.25);
    const gateway = await xlsxGateway();
    progress?.("正在解析工作簿…", 0.45);
    await nextFrame();
    const loaded = await gateway.loadWorkbook(this.original, this.file.name);
    progress?.("正在计算得分、比率并检查数据…", 0.75);
    await nextFrame();
    // A result file of ours: its 自评汇总 and 自评报告 are updated in place by 生成汇总.
    this.evaluated = evaluateWorkbook(loaded.grids, this.file.name, { dialect: "standard", marks: false, replaceOwnSheets: true });
    // Keep the copy that already holds earlier actions; the first read makes the copy.
    this.workbook ??= loaded.package;
    progress?.("读取完成", 1);
    return this.evaluated;
  }

  async writeFormulas(progress?: ProgressListener): Promise<ActionResult> {
    const e = await this.ensureRead(progress);
    if (this.applied.has("formulas")) return { message: "比率公式已经写入过，这次没有再写。", nothingDone: true };
    progress?.("正在写入比率公式…", 0.6);
    const plan = workbookFormulaPlan(e, "standard");
    const { skippedEdits } = await (await xlsxGateway()).applyPlan(this.workbook!, plan);
    this.applied.add("formulas");
    progress?.("完成", 1);
    // Say what changed and where: formulas in the table's empty rate cells, and the block below it;
    // on each project table, the 计算得分 column.
    const scoreEdits = (plan.edits ?? []).filter((edit) => edit.cells.some((c) => c.value === SCORE_COLUMN_TITLE));
    const planned = (plan.edits ?? []).filter((edit) => !scoreEdits.includes(edit)).flatMap((edit) => edit.cells);
    const title = planned.find((c) => c.value === FORMULA_BLOCK_TITLE);
    const slots = planned.filter((c) => c.formula && (!title || c.row < title.row)).length;
    const blockRates = title ? planned.filter((c) => c.row > title.row + 1 && c.col === title.col).length : 0;
    const sheet = (plan.edits ?? []).find((edit) => !scoreEdits.includes(edit))?.sheet ?? "基础数据表";
    const parts = [
      slots ? `在“${sheet}”的 ${slots} 个空白比率单元格中写入了公式` : "",
      blockRates ? `在“${sheet}”表格下方加了“关键比率”块，列出 ${blockRates} 个比率的公式和计算值` : "",
      ...scoreEdits.map((edit) => `在“${edit.sheet}”表格右侧加了“计算得分”列，列出 ${edit.cells.length - 1} 行按指标值计算的得分，与填报得分对照`),
    ].filter(Boolean);
    const skipped = skippedEdits ? `（${skippedEdits} 个单元格已有内容，未覆盖）` : "";
    if (!parts.length) return { message: `没有需要写入公式的空白单元格：基础数据表中的比率都已填写${skipped}。`, nothingDone: true };
    return { message: `${parts.join("；")}（标准 Excel 公式）${skipped}。请点击“下载结果文件”保存。` };
  }

  async markDeductions(progress?: ProgressListener): Promise<ActionResult> {
    const e = await this.ensureRead(progress);
    if (this.applied.has("marks")) return { message: "已经标注过，这次没有再标注。", nothingDone: true };
    progress?.("正在标注扣分和检查单元格…", 0.6);
    const plan = workbookMarkPlan(e);
    await (await xlsxGateway()).applyPlan(this.workbook!, plan);
    this.applied.add("marks");
    progress?.("完成", 1);
    const { deductions, checked, belowTarget } = markedCellCounts(plan);
    if (!deductions && !checked && !belowTarget) return { message: "没有扣分，也没有检查指出的单元格，没有需要标注的地方。", nothingDone: true };
    const checkedWords = [checked ? `${checked} 个检查指出的单元格（红框）` : "", belowTarget ? `${belowTarget} 个未达到年度指标值的实际完成值（红框）` : ""].filter(Boolean).map((w) => `和 ${w}`).join("");
    return {
      message: `已在结果文件的评分表中标注 ${deductions} 个扣分单元格（浅黄：部分扣分；橙红：得 0 分或扣分过半）${checkedWords}。单元格的值和公式没有改动。请点击“下载结果文件”保存。`,
    };
  }

  async clearMarks(progress?: ProgressListener): Promise<ActionResult> {
    const e = await this.ensureRead(progress);
    if (!this.applied.has("marks")) return { message: "当前没有标注，没有需要清除的。", nothingDone: true };
    this.applied.delete("marks");
    await this.rebuild(e, progress);
    return { message: "已清除结果文件中的标注，格式与原文件完全一致；已写入的公式和汇总保留。原文件从未被改动。" };
  }

  async writeSummary(progress?: ProgressListener, report?: ReportChoice): Promise<ActionResult> {
    const e = await this.ensureRead(progress);
    progress?.("正在生成自评汇总和自评报告…", 0.6);
    await nextFrame();
    const again = this.applied.has("summary");
    this.summaryChoice = report;
    if (again) await this.rebuild(e, progress);
    else {
      const plan = this.summaryPlan(e, report);
      await (await xlsxGateway()).applyPlan(this.workbook!, plan);
      this.summarySheets = plan.sheets;
      this.applied.add("summary");
    }
    progress?.("完成", 1);
    const names = sheetNamesPhrase(this.summarySheets.map((s) => s.name));
    const inPlace = again || this.summarySheets.some((s) => s.replaces);
    const open = openItemsMessage(openItems(reportDrafts(e, report).flatMap((d) => d.narrative.paragraphs)));
    return {
      message:
        `${inPlace ? "已按当前的体例和您填写的内容更新" : "已生成"}${names}（标准 Excel 公式，可在 Excel、WPS 中重新计算；含得分率图表）。` +
        `${refreshMessage(e)}${open ? `自评报告${open}。` : ""}请点击“下载结果文件”保存；原文件不会被修改。`,
      cells: this.summarySheets.map((s) => `${s.name}!A1`),
    };
  }

  async convertToPlainFormulas(): Promise<ActionResult> {
    return { message: "浏览器模式写入的都是普通 Excel 公式（SUM、IF 等），没有 JX 公式，不需要转换。", nothingDone: true };
  }

  /**
   * The result file: always with the 自评汇总 and 自评报告, whose report follows the pane's current
   * choice (outline, unit, text): what the user sees and typed is what they download. Before
   * 生成汇总 the download writes them itself and says so (a copy without them would hold neither
   * the results nor the text typed in the pane).
   */
  readonly download = async (report?: ReportChoice): Promise<DownloadInfo> => {
    const e = await this.ensureRead();
    let written: "new" | "updated" | undefined;
    if (!this.applied.has("summary")) {
      this.summaryChoice = report;
      const plan = this.summaryPlan(e, report);
      await (await xlsxGateway()).applyPlan(this.workbook!, plan);
      this.summarySheets = plan.sheets;
      this.applied.add("summary");
      written = "new";
    } else if (report && !sameChoice(report, this.summaryChoice)) {
      this.summaryChoice = report;
      await this.rebuild(e);
      written = "updated";
    }
    const bytes = await (await xlsxGateway()).packageBytes(this.workbook!);
    const fileName = resultFileName(this.file.name);
    saveFile(new Blob([bytes as BlobPart], { type: XLSX_TYPE }), fileName);
    const open = openItemsMessage(openItems(reportDrafts(e, this.summaryChoice).flatMap((d) => d.narrative.paragraphs)));
    const names = sheetNamesPhrase(this.summarySheets.map((s) => s.name));
    const parts = [
      written === "new" ? `下载前已按当前的体例和您填写的内容生成${names}` : "",
      written === "updated" ? "其中的“自评报告”已按您当前的体例和填写内容更新" : "",
      open ? `自评报告${open}` : "",
      this.applied.has("marks") || !this.hasMarks(e) ? "" : "扣分没有标注（需要时先点“标注扣分”再下载）",
    ].filter(Boolean);
    return { fileName, message: `已下载“${fileName}”（在浏览器的下载文件夹中）${parts.length ? `；${parts.join("；")}` : ""}。` };
  };

  narrative(report?: ReportChoice): Narrative {
    if (!this.evaluated) throw new Error("narrative() before read()");
    return reportDraft(this.evaluated, report).narrative;
  }

  async downloadReport(report?: ReportChoice, scope?: ReportScope): Promise<DownloadInfo> {
    return downloadReportDocx(await this.ensureRead(), report, this.file.name.replace(/\.xlsx$/i, ""), undefined, scope);
  }

  /** 标注扣分 would mark something (a deduction, a cell a check points at, a result below target). */
  private hasMarks(e: EvaluatedWorkbook): boolean {
    const { deductions, checked, belowTarget } = markedCellCounts(workbookMarkPlan(e));
    return deductions + checked + belowTarget > 0;
  }

  private summaryPlan(e: EvaluatedWorkbook, report?: ReportChoice): WritePlan {
    return workbookWritePlan(e, report, { dialect: "standard", replace: e.ownSheets });
  }

  /** The copy again from the original bytes, with the actions still applied (summary as now chosen). */
  private async rebuild(e: EvaluatedWorkbook, progress?: ProgressListener): Promise<void> {
    progress?.("正在按原始文件重建结果…", 0.5);
    const gateway = await xlsxGateway();
    const fresh = await gateway.loadWorkbook(this.original!, this.file.name);
    if (this.applied.has("formulas")) await gateway.applyPlan(fresh.package, workbookFormulaPlan(e, "standard"));
    if (this.applied.has("marks")) await gateway.applyPlan(fresh.package, workbookMarkPlan(e));
    if (this.applied.has("summary")) {
      const plan = this.summaryPlan(e, this.summaryChoice);
      await gateway.applyPlan(fresh.package, plan);
      this.summarySheets = plan.sheets;
    }
    this.workbook = fresh.package;
  }

  private async ensureRead(progress?: ProgressListener): Promise<EvaluatedWorkbook> {
    return this.evaluated ?? (await this.read(progress));
  }
}

export function createFileSession(file: File): WorkbookSession {
  return new FileSession(file);
}

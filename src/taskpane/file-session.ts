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
 * applied once; clearing marks reloads the original bytes and re-applies the other actions.
 */
import { buildFormulaPlan, buildMarkPlan, buildWritePlan, evaluateWorkbook, markedCellCounts, reportNarrative, type EvaluatedWorkbook, type Narrative, type ReportChoice } from "../core";
import { downloadReportDocx, refreshMessage } from "./report-download";
import type { WritePlan } from "../core/plan/plan";
import { saveFile } from "./save-file";
import type { ActionResult, ProgressListener, WorkbookSession } from "./session";

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

/** "评价表.xlsx" → "评价表.自评结果.xlsx" */
export function resultFileName(fileName: string): string {
  const base = fileName.replace(/\.xlsx$/i, "");
  return `${base}.自评结果.xlsx`;
}

function countCells(plan: WritePlan): number {
  return (plan.edits ?? []).reduce((n, edit) => n + edit.cells.length, 0);
}

class FileSession implements WorkbookSession {
  readonly kind = "file" as const;
  readonly title: string;

  private original?: Uint8Array;
  private evaluated?: EvaluatedWorkbook;
  private workbook?: WorkbookPackage;
  private readonly applied = new Set<Applied>();

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
    this.evaluated = evaluateWorkbook(loaded.grids, this.file.name, { dialect: "standard", marks: false });
    // Keep the copy that already holds earlier actions; the first read makes the copy.
    this.workbook ??= loaded.package;
    progress?.("读取完成", 1);
    return this.evaluated;
  }

  async writeFormulas(progress?: ProgressListener): Promise<ActionResult> {
    const e = await this.ensureRead(progress);
    if (this.applied.has("formulas")) return { message: "比率公式已经写入过，无需重复写入。" };
    progress?.("正在写入比率公式…", 0.6);
    const plan = buildFormulaPlan(e.evaluation, "standard");
    const { skippedEdits } = await (await xlsxGateway()).applyPlan(this.workbook!, plan);
    this.applied.add("formulas");
    progress?.("完成", 1);
    const cells = countCells(plan) - skippedEdits;
    const sheets = plan.sheets.map((s) => `“${s.name}”`);
    const parts = [
      cells ? `在基础数据表的 ${cells} 个空白单元格中写入了比率公式` : "",
      sheets.length ? `新建了${sheets.join("、")}工作表` : "",
    ].filter(Boolean);
    const message = parts.length
      ? `${parts.join("，")}（标准 Excel 公式）。请点击“下载结果文件”保存。`
      : "没有需要写入公式的空白单元格：基础数据表中的比率都已填写。";
    return { message };
  }

  async markDeductions(progress?: ProgressListener): Promise<ActionResult> {
    const e = await this.ensureRead(progress);
    if (this.applied.has("marks")) return { message: "已经标注过，无需重复标注。" };
    progress?.("正在标注扣分和检查单元格…", 0.6);
    const plan = buildMarkPlan(e.evaluation);
    await (await xlsxGateway()).applyPlan(this.workbook!, plan);
    this.applied.add("marks");
    progress?.("完成", 1);
    const { deductions, checked } = markedCellCounts(plan);
    if (!deductions && !checked) return { message: "没有扣分，也没有检查指出的单元格，无需标注。" };
    return {
      message:
        `已标注 ${deductions} 个扣分单元格（浅黄：部分扣分；浅红：得 0 分或扣分过半）和 ${checked} 个检查指出的单元格（红框）。` +
        "单元格的值和公式没有改动。请点击“下载结果文件”保存。",
    };
  }

  async clearMarks(progress?: ProgressListener): Promise<ActionResult> {
    const e = await this.ensureRead(progress);
    if (!this.applied.has("marks")) return { message: "当前没有标注，无需清除。" };
    progress?.("正在重新载入原始文件…", 0.4);
    const gateway = await xlsxGateway();
    const fresh = await gateway.loadWorkbook(this.original!, this.file.name);
    this.applied.delete("marks");
    // Re-apply the other actions, in the order they are offered.
    progress?.("正在恢复已写入的公式和汇总…", 0.7);
    if (this.applied.has("formulas")) await gateway.applyPlan(fresh.package, buildFormulaPlan(e.evaluation, "standard"));
    if (this.applied.has("summary")) await gateway.applyPlan(fresh.package, this.summaryPlan(e));
    this.workbook = fresh.package;
    progress?.("完成", 1);
    return {
      message:
        "已清除标注：浏览器处理的是文件在内存中的副本，已按原始文件重新载入，格式与原来完全一致；" +
        "已写入的公式和汇总保留。原文件从未被改动。",
    };
  }

  async writeSummary(progress?: ProgressListener, report?: ReportChoice): Promise<ActionResult> {
    const e = await this.ensureRead(progress);
    const plan = this.summaryPlan(e, report);
    const names = plan.sheets.map((s) => `“${s.name}”`).join("和");
    if (this.applied.has("summary")) return { message: `已经生成过${names}，无需重复生成。` };
    progress?.("正在生成自评汇总和自评报告…", 0.6);
    await nextFrame();
    await (await xlsxGateway()).applyPlan(this.workbook!, plan);
    this.applied.add("summary");
    progress?.("完成", 1);
    return {
      message: `已生成${names}工作表（标准 Excel 公式，可在 Excel、WPS 中重新计算）。${refreshMessage(e)}请点击“下载结果文件”保存；原文件不会被修改。`,
      cells: plan.sheets.map((s) => `${s.name}!A1`),
    };
  }

  async convertToPlainFormulas(): Promise<ActionResult> {
    return { message: "浏览器模式写入的都是普通 Excel 公式（SUM、IF 等），没有 JX 公式，无需转换。" };
  }

  readonly download = async (): Promise<void> => {
    await this.ensureRead();
    const bytes = await (await xlsxGateway()).packageBytes(this.workbook!);
    saveFile(new Blob([bytes as BlobPart], { type: XLSX_TYPE }), resultFileName(this.file.name));
  };

  narrative(report?: ReportChoice): Narrative {
    if (!this.evaluated) throw new Error("narrative() before read()");
    return reportNarrative(this.evaluated, report);
  }

  async downloadReport(report?: ReportChoice): Promise<void> {
    await downloadReportDocx(await this.ensureRead(), report, this.file.name.replace(/\.xlsx$/i, ""));
  }

  private summaryPlan(e: EvaluatedWorkbook, report?: ReportChoice): WritePlan {
    return buildWritePlan(e.evaluation, { dialect: "standard", marks: false, narrative: reportNarrative(e, report) });
  }

  private async ensureRead(progress?: ProgressListener): Promise<EvaluatedWorkbook> {
    return this.evaluated ?? (await this.read(progress));
  }
}

export function createFileSession(file: File): WorkbookSession {
  return new FileSession(file);
}

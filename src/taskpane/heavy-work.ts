/**
 * Heavy work for the pane, off its thread where a Web Worker can be started and loads
 * (heavy-work-client.ts, heavy-work-on-worker.ts), on it otherwise (tests, and any webview that
 * refuses the worker). Same tasks, same answers.
 */
import { WorkbookError, type Location } from "../core/errors";
import type { Narrative } from "../core/narrative/text";
import type { ReportTable } from "../core/narrative/tables";
import type { ReportPart } from "../gateways/docx/report-docx";
import { runHeavyTask, type HeavyResult, type HeavyTask, type PlainCopyResult } from "./heavy-work-tasks";

export interface HeavyWork {
  /** 转为普通公式: the workbook's bytes → a copy with standard formulas, in base64. */
  plainCopy(bytes: Uint8Array, fileName: string): Promise<PlainCopyResult>;
  /** 下载 Word 报告: the .docx bytes. */
  reportDocx(narrative: Narrative, tables: readonly ReportTable[]): Promise<Uint8Array>;
  /** 下载 Word 报告 of several tables: one .docx, each report from a new page. */
  reportsDocx(parts: readonly ReportPart[]): Promise<Uint8Array>;
}

/** Runs a task somewhere and answers with its result. */
export type TaskRunner = (task: HeavyTask, transfer: ArrayBuffer[]) => Promise<HeavyResult>;

export function heavyWork(run: TaskRunner): HeavyWork {
  return {
    // The bytes are handed over, not copied, when they own their whole buffer.
    plainCopy: async (bytes, fileName) =>
      (await run({ kind: "plain-copy", bytes, fileName }, bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : [])) as PlainCopyResult,
    reportDocx: async (narrative, tables) => (await run({ kind: "report-docx", narrative, tables }, [])) as Uint8Array,
    reportsDocx: async (parts) => (await run({ kind: "reports-docx", parts }, [])) as Uint8Array,
  };
}

/** Runs a task on the calling thread. */
export const runInline: TaskRunner = async (task) => (await runHeavyTask(task)).result;

/** The same tasks on the calling thread. */
export const inlineHeavyWork: HeavyWork = heavyWork(runInline);

/** An error as it crosses from the worker: WorkbookErrors keep their Chinese message and place. */
export interface SentError {
  readonly name: string;
  readonly message: string;
  readonly location?: Location;
}

export function sendableError(error: unknown): SentError {
  if (error instanceof WorkbookError) return { name: error.name, message: error.message, location: error.location };
  return error instanceof Error ? { name: error.name, message: error.message } : { name: "Error", message: String(error) };
}

export function receivedError(sent: SentError): Error {
  if (sent.name === "WorkbookError") return new WorkbookError(sent.message, sent.location ?? {});
  return Object.assign(new Error(sent.message), { name: sent.name });
}

/**
 * Typed error values and named error classes.
 *
 * A value that cannot be computed (a zero denominator, a missing input) is a `ValueError`:
 * data, with a Chinese message, never Infinity, NaN or a throw. A workbook that cannot be
 * used at all is a thrown `WorkbookError` carrying the file, sheet and cell it is about.
 */
export type ValueErrorCode = "missing" | "zero-denominator" | "unreadable" | "invalid";

export interface ValueError {
  readonly kind: "error";
  readonly code: ValueErrorCode;
  /** Chinese, for the user: "缺少：实际到位资金". */
  readonly message: string;
}

export function valueError(code: ValueErrorCode, message: string): ValueError {
  return { kind: "error", code, message };
}

export function isValueError(x: unknown): x is ValueError {
  return typeof x === "object" && x !== null && (x as ValueError).kind === "error";
}

/** Where a problem is: any of the parts may be unknown. */
export interface Location {
  file?: string;
  sheet?: string;
  cell?: string;
}

/** The workbook cannot be evaluated. The message is Chinese and complete on its own. */
export class WorkbookError extends Error {
  readonly location: Location;
  constructor(message: string, location: Location = {}) {
    super(message);
    this.name = "WorkbookError";
    this.location = location;
  }

  /** The same error, naming the file when it did not yet. */
  inFile(file: string): WorkbookError {
    return this.location.file ? this : new WorkbookError(this.message, { ...this.location, file });
  }

  /** "文件 a.xlsx，工作表 评分表，单元格 D5：…" */
  describe(): string {
    const where: string[] = [];
    if (this.location.file) where.push(`文件“${this.location.file}”`);
    if (this.location.sheet) where.push(`工作表“${this.location.sheet}”`);
    if (this.location.cell) where.push(`单元格 ${this.location.cell}`);
    return where.length ? `${where.join("，")}：${this.message}` : this.message;
  }
}

/** Misuse of the engine's API by calling code (a bug, not bad input). */
export class EngineUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EngineUsageError";
  }
}

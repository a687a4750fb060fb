/**
 * The Office side of the fake: Excel.run over a FakeWorkbook (recording its run options),
 * Office.context.requirements, Office.context.document.settings (stored as JSON, as Office
 * does) and getFileAsync slices, and Excel.createWorkbook.
 */
import type { AsyncOutcome, FileSlices, OfficeHost, SettingsStore } from "../../src/gateways/excel/host";
import { FakeContext } from "./excel-fake";
import type { FakeWorkbook } from "./fake-workbook";

export class FakeSettings implements SettingsStore {
  private readonly data = new Map<string, string>();
  saves = 0;
  failSaves = false;

  get(name: string): unknown {
    const json = this.data.get(name);
    return json === undefined ? null : JSON.parse(json);
  }
  set(name: string, value: unknown): void {
    this.data.set(name, JSON.stringify(value));
  }
  remove(name: string): void {
    this.data.delete(name);
  }
  saveAsync(callback: (result: AsyncOutcome<void>) => void): void {
    this.saves++;
    const status = this.failSaves ? "failed" : "succeeded";
    setTimeout(() => callback({ status, value: undefined, error: this.failSaves ? { message: "quota" } : undefined }), 0);
  }
  /** Size of what is stored, in characters (Office caps settings at about 2 MB). */
  size(): number {
    return [...this.data.values()].reduce((n, v) => n + v.length, 0);
  }
}

export interface FakeHostOptions {
  /** Highest ExcelApi version supported, e.g. "1.20"; default "1.20". */
  readonly excelApi?: string;
  /** The bytes getFileAsync returns. */
  readonly fileBytes?: Uint8Array;
  readonly sliceSize?: number;
}

export class FakeOfficeHost implements OfficeHost {
  readonly settings = new FakeSettings();
  /** The options of every Excel.run (undefined for a plain run). */
  readonly runs: (Excel.RunOptions | undefined)[] = [];
  readonly createdWorkbooks: string[] = [];
  fileBytes: Uint8Array;
  slicesClosed = 0;
  private readonly excelApi: string;
  private readonly sliceSize: number;

  constructor(
    readonly workbook: FakeWorkbook,
    options: FakeHostOptions = {},
  ) {
    this.excelApi = options.excelApi ?? "1.20";
    this.fileBytes = options.fileBytes ?? new Uint8Array();
    this.sliceSize = options.sliceSize ?? 64 * 1024;
  }

  async run<T>(options: Excel.RunOptions | undefined, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    this.runs.push(options);
    const context = new FakeContext(this.workbook);
    const result = await batch(context as unknown as Excel.RequestContext);
    // Office.js would run leftovers in a final sync; here they mean a missing explicit sync.
    if (context.pending > 0) throw new Error(`fake: the batch ended with ${context.pending} queued commands never synced`);
    return result;
  }

  isSetSupported(name: string, minVersion: string): boolean {
    return name === "ExcelApi" && compareVersions(this.excelApi, minVersion) >= 0;
  }

  getCompressedFile(_sliceSize: number, callback: (result: AsyncOutcome<FileSlices>) => void): void {
    const bytes = this.fileBytes;
    const size = this.sliceSize;
    const file: FileSlices = {
      sliceCount: Math.max(1, Math.ceil(bytes.length / size)),
      getSliceAsync: (index, cb) =>
        setTimeout(() => cb({ status: "succeeded", value: { data: Array.from(bytes.subarray(index * size, (index + 1) * size)) } }), 0),
      closeAsync: () => {
        this.slicesClosed++;
      },
    };
    setTimeout(() => callback({ status: "succeeded", value: file }), 0);
  }

  async createWorkbook(base64: string): Promise<void> {
    this.createdWorkbooks.push(base64);
  }
}

function compareVersions(a: string, b: string): number {
  const [a1, a2 = 0] = a.split(".").map(Number);
  const [b1, b2 = 0] = b.split(".").map(Number);
  return a1 !== b1 ? a1 - b1 : a2 - b2;
}

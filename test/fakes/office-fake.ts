/**
 * The Office side of the fake: Excel.run over a FakeWorkbook (recording its run options) on a
 * simulated host (hosts.ts: Microsoft 365 on Windows or Mac, Excel on the web, LTSC 2021, 2019,
 * 2016), Office.context.requirements.isSetSupported for every set that host has,
 * Office.context.platform, Office.context.document.settings (stored as JSON, as Office does)
 * and getFileAsync slices, and Excel.createWorkbook.
 */
import type { AsyncOutcome, FileSlices, OfficeHost, SettingsStore } from "../../src/gateways/excel/host";
import { FakeContext } from "./excel-fake";
import type { FakeWorkbook } from "./fake-workbook";
import { HOSTS, supports, type HostId, type HostProfile } from "./hosts";

export class FakeSettings implements SettingsStore {
  private readonly data = new Map<string, string>();
  saves = 0;
  failSaves = false;
  /**
   * What Office keeps: "We only support 2MB maximum for settings"
   * (https://github.com/OfficeDev/office-js/issues/621; about 1 MB in practice, #3957).
   */
  limit = 2 * 1024 * 1024;

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
    const failed = this.failSaves || this.size() > this.limit;
    setTimeout(() => callback({ status: failed ? "failed" : "succeeded", value: undefined, error: failed ? { message: "quota" } : undefined }), 0);
  }
  /**
   * Size of what is stored, in characters. Office keeps settings to about 2 MB
   * (https://github.com/OfficeDev/office-js/issues/621; about 1 MB in practice, #3957).
   */
  size(): number {
    return [...this.data.values()].reduce((n, v) => n + v.length, 0);
  }
}

export interface FakeHostOptions {
  /** The simulated Excel; default Microsoft 365 on Windows. */
  readonly host?: HostId;
  /** Overrides the host's highest ExcelApi version, e.g. "1.12". */
  readonly excelApi?: string;
  /** The page was opened by manifest-taskpane.xml (no custom functions registered). */
  readonly taskpaneOnly?: boolean;
  /** The bytes getFileAsync returns. */
  readonly fileBytes?: Uint8Array;
  readonly sliceSize?: number;
}

export class FakeOfficeHost implements OfficeHost {
  readonly settings = new FakeSettings();
  /** The options of every Excel.run (undefined for a plain run). */
  readonly runs: (Excel.RunOptions | undefined)[] = [];
  readonly createdWorkbooks: string[] = [];
  /** Every wait the gateway asked for, in milliseconds. */
  readonly waits: number[] = [];
  readonly profile: HostProfile;
  readonly platform: string;
  readonly taskpaneOnly: boolean;
  fileBytes: Uint8Array;
  slicesClosed = 0;
  private readonly sliceSize: number;

  constructor(
    readonly workbook: FakeWorkbook,
    options: FakeHostOptions = {},
  ) {
    const base = HOSTS[options.host ?? "m365-windows"];
    this.profile = options.excelApi ? { ...base, sets: { ...base.sets, ExcelApi: options.excelApi } } : base;
    this.platform = this.profile.platform;
    this.taskpaneOnly = options.taskpaneOnly ?? false;
    this.fileBytes = options.fileBytes ?? new Uint8Array();
    this.sliceSize = options.sliceSize ?? 64 * 1024;
    if (this.profile.payloadLimit !== undefined) workbook.payloadLimit = this.profile.payloadLimit;
  }

  async run<T>(options: Excel.RunOptions | undefined, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    this.runs.push(options);
    const context = new FakeContext(this.workbook);
    const result = await batch(context as unknown as Excel.RequestContext);
    // Office.js would run leftovers in a final sync; here they mean a missing explicit sync.
    if (context.pending > 0) throw new Error(`fake: the batch ended with ${context.pending} queued commands never synced`);
    return result;
  }

  isSetSupported(name: string, minVersion?: string): boolean {
    return supports(this.profile, name, minVersion);
  }

  async wait(ms: number): Promise<void> {
    this.waits.push(ms);
  }

  getCompressedFile(_sliceSize: number, callback: (result: AsyncOutcome<FileSlices>) => void): void {
    if (!this.isSetSupported("CompressedFile")) {
      // What Office answers for a file type the host does not offer (Document.getFileAsync).
      setTimeout(() => callback({ status: "failed", value: undefined as unknown as FileSlices, error: { message: "The file type is not supported." } }), 0);
      return;
    }
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

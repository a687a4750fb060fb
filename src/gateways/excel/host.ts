/**
 * The few things the Excel gateway needs from Office, behind one small interface so tests can
 * hand in a fake workbook (test/fakes/excel-fake.ts) and production hands in the real globals.
 */

/** The shape of an Office async result the gateway relies on (Office.AsyncResult fits it). */
export interface AsyncOutcome<T> {
  readonly status: "succeeded" | "failed";
  readonly value: T;
  readonly error?: { readonly message: string };
}

/** Office.context.document.settings, as far as the gateway uses it. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback: (result: AsyncOutcome<void>) => void): void;
}

/** One slice of Office.File (a compressed file arrives as number[] or a typed array). */
export interface FileSlices {
  readonly sliceCount: number;
  getSliceAsync(index: number, callback: (result: AsyncOutcome<{ data: unknown }>) => void): void;
  closeAsync(callback?: (result: AsyncOutcome<void>) => void): void;
}

export interface OfficeHost {
  /** Excel.run, with run options when there are any. */
  run<T>(options: Excel.RunOptions | undefined, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported (minVersion defaults to "1.1", as in Office). */
  isSetSupported(name: string, minVersion?: string): boolean;
  /** Office.context.platform: "PC", "Mac", "OfficeOnline", … ("" when unknown). */
  readonly platform: string;
  /**
   * True when the pane was opened by manifest-taskpane.xml (its page URL carries
   * ?functions=none): no custom functions are registered, whatever the host supports.
   */
  readonly taskpaneOnly: boolean;
  /** Resolves after `ms` milliseconds (a short wait before reading again). */
  wait(ms: number): Promise<void>;
  readonly settings: SettingsStore;
  /** Office.context.document.getFileAsync(Compressed, { sliceSize }). */
  getCompressedFile(sliceSize: number, callback: (result: AsyncOutcome<FileSlices>) => void): void;
  /** Excel.createWorkbook: opens a new workbook window from .xlsx bytes in base64. */
  createWorkbook(base64: string): Promise<void>;
}

/** The real Office host; call only after Office.onReady inside Excel. */
export function officeHost(): OfficeHost {
  const document = Office.context.document;
  const settings = document.settings;
  return {
    run: (options, batch) => (options ? Excel.run(options, batch) : Excel.run(batch)),
    isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
    platform: String(Office.context.platform ?? ""),
    taskpaneOnly: isTaskpaneOnlyPage(globalThis.location?.search ?? ""),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    settings: {
      get: (name) => settings.get(name),
      set: (name, value) => settings.set(name, value),
      remove: (name) => settings.remove(name),
      saveAsync: (callback) => settings.saveAsync((result) => callback(outcome(result))),
    },
    getCompressedFile: (sliceSize, callback) =>
      document.getFileAsync(Office.FileType.Compressed, { sliceSize }, (result) => {
        const file = result.value;
        callback({ ...outcome(result), value: file && slicesOf(file) });
      }),
    createWorkbook: (base64) => Excel.createWorkbook(base64),
  };
}

/** manifest-taskpane.xml opens taskpane.html?functions=none. */
export function isTaskpaneOnlyPage(search: string): boolean {
  return new URLSearchParams(search).get("functions") === "none";
}

function slicesOf(file: Office.File): FileSlices {
  return {
    sliceCount: file.sliceCount,
    getSliceAsync: (index, callback) => file.getSliceAsync(index, (result) => callback(outcome(result))),
    closeAsync: () => file.closeAsync(),
  };
}

/** Office.AsyncResult → AsyncOutcome ("succeeded" | "failed", as Office's enum values are). */
function outcome<T>(result: Office.AsyncResult<T>): AsyncOutcome<T> {
  const status = result.status === Office.AsyncResultStatus.Succeeded ? "succeeded" : "failed";
  return { status, value: result.value, error: result.error };
}

/**
 * Where the pane runs. Inside Excel, Office.onReady reports host Excel. In a plain browser it
 * reports no host; when office.js is missing or cannot initialise (file://, no network to the
 * CDN) it never resolves, so after a timeout the pane assumes the browser.
 */
export interface HostInfo {
  readonly kind: "excel" | "browser";
  /** Office's display language inside Excel ("zh-CN"); undefined in the browser. */
  readonly language?: string;
  /**
   * When Office.onReady was merely slow (a busy Excel starting up), it may still report Excel
   * after the timeout: this resolves then, and the pane switches to the Excel mode.
   */
  readonly lateExcel?: Promise<HostInfo>;
}

export const OFFICE_READY_TIMEOUT_MS = 3000;

export async function detectHost(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return { kind: "browser" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const ready = Office.onReady().then((info) =>
      info.host === Office.HostType.Excel ? { kind: "excel" as const, language: Office.context?.displayLanguage } : undefined,
    );
    const excel = await Promise.race([ready, timeout]);
    if (excel) return excel;
    if (excel === null) {
      // Timed out: browser mode now, Excel later if onReady still says so.
      silenceOfficeTelemetry();
      const lateExcel = ready.then((late) => late ?? new Promise<never>(() => undefined));
      return { kind: "browser", lateExcel };
    }
  } catch {
    // fall through: browser mode
  } finally {
    clearTimeout(timer);
  }
  silenceOfficeTelemetry();
  return { kind: "browser" };
}

interface UlsEndpoint {
  loadProxyFrame?: () => void;
  writeLog?: (log: string) => void;
}

/**
 * Outside Office, office.js opens a hidden frame to Microsoft's telemetry service three seconds
 * after it loads (OSF.Logger.ulsEndpoint). The browser mode promises that nothing leaves the
 * page's own origin, so once the pane knows it is not in Office, that endpoint does nothing.
 */
function silenceOfficeTelemetry(): void {
  const osf = (globalThis as { OSF?: { Logger?: { ulsEndpoint?: UlsEndpoint | null } } }).OSF;
  const endpoint = osf?.Logger?.ulsEndpoint;
  if (!endpoint) return;
  endpoint.loadProxyFrame = () => undefined;
  endpoint.writeLog = () => undefined;
}

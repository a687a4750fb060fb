/**
 * The page was opened by Office (taskpane.html's loader saw Office's own signs: the _host_Info
 * query, window.name, the host object) but the pane starts without Excel. Office.js, which
 * Excel needs for the workbook and the JX functions, did not load (a 政务外网 that blocks
 * Microsoft's CDN: the common case) or Excel did not answer in time. Either way the user is
 * told once, in Chinese, what is missing, what the IT department must allow, and that the
 * file mode works meanwhile; never a silent switch to the browser page.
 */
import type { Strings } from "./i18n";
import type { Notice } from "./notice";

/** What taskpane.html's loader records in window.__perfevalHost. */
export interface LoaderState {
  readonly inOffice?: boolean;
  /** The Office.js URL the build chose (Microsoft's CDN, the 21Vianet mirror, or a local copy). */
  readonly officeJs?: string;
  /** loading: still awaited (a firewall that drops packets); failed: the request failed; loaded: it ran. */
  readonly officeJsState?: "not-needed" | "loading" | "loaded" | "failed";
}

export function loaderState(): LoaderState | undefined {
  return (globalThis as { __perfevalHost?: LoaderState }).__perfevalHost;
}

/** The site Office.js comes from ("appsforoffice.microsoft.com"), as the IT department must allow it. */
function officeJsSite(url: string, base: string): string {
  try {
    return new URL(url, base).host;
  } catch {
    return url;
  }
}

/** The notice for a start inside Office without Excel; undefined outside Office. */
export function officeUnreachableNotice(loader: LoaderState | undefined, t: Strings, base = "https://localhost/"): Notice | undefined {
  if (!loader?.inOffice || !loader.officeJs) return undefined;
  if (loader.officeJsState === "loaded") return { intent: "warning", title: t.excelSilentTitle, text: t.excelSilent };
  const site = officeJsSite(loader.officeJs, base);
  return { intent: "warning", title: t.officeJsBlockedTitle, text: t.officeJsBlocked(site, loader.officeJsState === "loading") };
}

/**
 * Starts the task pane. Inside Excel (Office.onReady reports host Excel) the pane works on the
 * open workbook through the Office.js session, loaded lazily; anywhere else (a browser, WPS
 * users, office.js not loaded, missing or never ready after a few seconds) it runs in browser
 * mode on an .xlsx file the user picks. taskpane.html loads office.js only inside Office and
 * never waits for it long: when it arrives late ("perfeval:office-late") the pane starts over in
 * the Excel mode. Opened by Office but started without Excel, the pane says why (Office.js
 * blocked, Excel silent) and what the IT department must allow. The pane speaks Chinese unless ?lang=en asks for English.
 */
import { createRoot } from "react-dom/client";
import { App, type AppProps } from "./App";
import { PaneShell } from "./components/PaneShell";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { StartingView } from "./components/StartingView";
import { chosenLanguage, strings, type Language } from "./i18n";
import { failureNotice, type Notice } from "./notice";
import { detectHost, type HostInfo } from "./office-host";
import { loaderState, officeUnreachableNotice } from "./office-unreachable";
import type { WorkbookSession } from "./session";

interface Boot {
  readonly session?: WorkbookSession;
  /** Inside WPS: where ribbon buttons leave the action they ask for. */
  readonly ribbon?: { getItem(key: string): unknown; setItem(key: string, value: unknown): void };
  readonly notice?: Notice;
  /** Opened by Office but started without Excel: why (src/taskpane/office-unreachable.ts). */
  readonly hostNotice?: Notice;
  /** Browser mode after a timeout: Excel may still answer (see HostInfo.lateExcel). */
  readonly lateExcel?: Promise<HostInfo>;
}

/** The key src/taskpane/wps-ribbon.ts writes (not imported: that module registers the JX functions). */
const RIBBON_ACTION_KEY = "perfeval.action";

const language: Language = chosenLanguage(typeof location === "undefined" ? "" : location.search);

/** Office.js that arrived after the pane had started without it, inside Excel. */
function officeArrivesLate(): Promise<HostInfo> {
  return new Promise((resolve) => {
    window.addEventListener(
      "perfeval:office-late",
      () => {
        void detectHost().then((host) => host.kind === "excel" && resolve(host));
      },
      { once: true },
    );
  });
}

/** Inside a WPS add-in page: `window.wps` and `window.Application` are WPS's (src/gateways/wps/host.ts). */
function inWpsPane(): boolean {
  const g = globalThis as { wps?: unknown; Application?: unknown };
  return typeof g.wps === "object" && g.wps !== null && typeof g.Application === "object" && g.Application !== null;
}

async function startWps(): Promise<Boot> {
  try {
    const { createWpsSession } = await import(/* webpackChunkName: "wps-session" */ "./wps-session");
    const session = createWpsSession();
    const ribbon = (globalThis as { Application?: { PluginStorage?: Boot["ribbon"] } }).Application?.PluginStorage;
    return { session, ribbon, notice: session.startupNotice ? { intent: "info", text: session.startupNotice } : undefined };
  } catch (error) {
    const t = strings(language);
    return { notice: { ...failureNotice(error, t), title: t.officeLoadError } };
  }
}

async function boot(): Promise<Boot> {
  if (inWpsPane()) return startWps();
  const host = await detectHost();
  if (host.kind !== "excel") {
    const late = [host.lateExcel, officeArrivesLate()].filter((p): p is Promise<HostInfo> => p !== undefined);
    // Opened by Office but without Excel (Office.js blocked or Excel silent): say so, never silently.
    return { lateExcel: Promise.race(late), hostNotice: officeUnreachableNotice(loaderState(), strings(language), location.href) };
  }
  return startExcel();
}

async function startExcel(): Promise<Boot> {
  try {
    const { createExcelSession } = await import(/* webpackChunkName: "excel-session" */ "./excel-session");
    const session = createExcelSession();
    // What this Excel lacks (custom functions), said once at the start.
    return { session, notice: session.startupNotice ? { intent: "info", text: session.startupNotice } : undefined };
  } catch (error) {
    // Never a blank pane: fall back to the browser mode and say why.
    const t = strings(language);
    return { notice: { ...failureNotice(error, t), title: t.officeLoadError } };
  }
}

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  root.render(
    <PaneShell language={language}>
      <StartingView />
    </PaneShell>,
  );
  const show = ({ session, notice, hostNotice }: Boot, requested?: AppProps["requested"]) =>
    root.render(
      <PaneShell language={language}>
        <ErrorBoundary strings={strings(language)}>
          {/* A new key when Excel answers late: the pane starts over in the Excel mode. */}
          <App key={session ? "excel" : "browser"} session={session} initialNotice={notice} hostNotice={hostNotice} requested={requested} />
        </ErrorBoundary>
      </PaneShell>,
    );
  void boot().then((booted) => {
    show(booted);
    // WPS: a ribbon button leaves its action in PluginStorage (src/taskpane/wps-ribbon.ts).
    const ribbon = booted.ribbon;
    if (ribbon) {
      let seq = 0;
      setInterval(() => {
        const action = ribbon.getItem(RIBBON_ACTION_KEY);
        if (typeof action !== "string" || !action) return;
        ribbon.setItem(RIBBON_ACTION_KEY, "");
        show(booted, { action: action as NonNullable<AppProps["requested"]>["action"], seq: ++seq });
      }, 500);
    }
    booted.lateExcel
      ?.then(startExcel)
      .then(show)
      .catch(() => undefined); // Excel never answered: stay in browser mode
  });
}

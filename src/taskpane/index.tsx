/**
 * Starts the task pane. Inside Excel (Office.onReady reports host Excel) the pane works on the
 * open workbook through the Office.js session, loaded lazily; anywhere else (a browser, WPS
 * users, office.js missing or never ready after a few seconds) it runs in browser mode on an
 * .xlsx file the user picks.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { PaneShell } from "./components/PaneShell";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { StartingView } from "./components/StartingView";
import { pickLanguage, strings } from "./i18n";
import { failureNotice, type Notice } from "./notice";
import { detectHost, type HostInfo } from "./office-host";
import type { WorkbookSession } from "./session";

interface Boot {
  readonly language: string | undefined;
  readonly session?: WorkbookSession;
  readonly notice?: Notice;
  /** Browser mode after a timeout: Excel may still answer (see HostInfo.lateExcel). */
  readonly lateExcel?: Promise<HostInfo>;
}

const browserLanguage = () => (typeof navigator === "undefined" ? undefined : (navigator.languages?.[0] ?? navigator.language));

async function boot(): Promise<Boot> {
  const host = await detectHost();
  if (host.kind !== "excel") return { language: browserLanguage(), lateExcel: host.lateExcel };
  return startExcel(host);
}

async function startExcel(host: HostInfo): Promise<Boot> {
  const language = host.language ?? browserLanguage();
  try {
    const { createExcelSession } = await import(/* webpackChunkName: "excel-session" */ "./excel-session");
    const session = createExcelSession();
    // What this Excel lacks (custom functions), said once at the start.
    return { language, session, notice: session.startupNotice ? { intent: "info", text: session.startupNotice } : undefined };
  } catch (error) {
    // Never a blank pane: fall back to the browser mode and say why.
    const t = strings(pickLanguage(language));
    return { language, notice: { ...failureNotice(error, t), title: t.officeLoadError } };
  }
}

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  root.render(
    <PaneShell language={pickLanguage(browserLanguage())}>
      <StartingView />
    </PaneShell>,
  );
  const show = ({ language, session, notice }: Boot) =>
    root.render(
      <PaneShell language={pickLanguage(language)}>
        <ErrorBoundary strings={strings(pickLanguage(language))}>
          {/* A new key when Excel answers late: the pane starts over in the Excel mode. */}
          <App key={session ? "excel" : "browser"} session={session} initialNotice={notice} />
        </ErrorBoundary>
      </PaneShell>,
    );
  void boot().then((booted) => {
    show(booted);
    booted.lateExcel
      ?.then(startExcel)
      .then(show)
      .catch(() => undefined); // Excel never answered: stay in browser mode
  });
}

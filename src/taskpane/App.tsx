/**
 * The task pane: one pipeline whichever gateway is behind it. Inside Excel the session is given;
 * in the browser the user picks a file and the pane makes a file session for it (and reads it at
 * once, so a file that cannot be used says so straight away). Every action goes through the
 * WorkbookSession; the pane only shows progress, results and messages.
 *
 * What the user chose and typed for the report (outline, unit, text) is the pane's state and
 * goes into every output: 生成汇总, 下载结果文件 and the Word report. Nothing typed is dropped:
 * switching outline carries text to the same section (or lists it), and changing the file asks.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
// Types only: the engine stays out of the pane's first download (the report view, a lazy chunk, uses it).
import type { EvaluatedWorkbook, MoneyUnit, Outline, ReportChoice } from "../core";
import { ActionBar, type ActionId } from "./components/ActionBar";
import { AppHeader } from "./components/AppHeader";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { FilePicker } from "./components/FilePicker";
import { NoticeBar } from "./components/NoticeBar";
import { ProgressPanel } from "./components/ProgressPanel";
import { ResultsView } from "./components/ResultsView";
import { Section } from "./components/Section";
import { failureNotice, successNotice, type Notice } from "./notice";
import type { DownloadInfo, ProgressListener, ReportScope, WorkbookSession } from "./session";
import { useStrings } from "./strings-context";

/** Shown only after a read, with heavier Fluent parts (tooltips, text areas): its own chunk. */
const ReportView = lazy(() => import(/* webpackChunkName: "report-view" */ "./components/ReportView").then((m) => ({ default: m.ReportView })));
/** Only for a workbook of several tables; Fluent's Select, as in the report view: in its chunk. */
const TablePicker = lazy(() => import(/* webpackChunkName: "report-view" */ "./components/TablePicker").then((m) => ({ default: m.TablePicker })));

const useStyles = makeStyles({
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300 },
  status: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0 ${tokens.spacingHorizontalL}`,
  },
});

interface Busy {
  readonly action: ActionId | "open" | "download";
  readonly step: string;
  readonly fraction?: number;
}

export interface AppProps {
  /** Inside Excel: the Office.js session. Absent: browser mode (choose a file). */
  readonly session?: WorkbookSession;
  /** A message to show from the start (e.g. Excel could not be reached). */
  readonly initialNotice?: Notice;
  /** Opened by Office but running without Excel: why, shown above the file picker for as long as it lasts. */
  readonly hostNotice?: Notice;
  /** An action asked for from outside the pane (WPS's ribbon buttons); `seq` tells requests apart. */
  readonly requested?: { readonly action: ActionId | "downloadReport"; readonly seq: number };
}

/** The user's text for each table's report, by table index: paragraph id → text. */
type TableEdits = Readonly<Record<number, Readonly<Record<string, string>>>>;

/** How many paragraphs the user has written (the same text under two outlines' ids counts once). */
function typedCount(edits: TableEdits): number {
  return Object.values(edits).reduce((n, e) => n + new Set(Object.values(e).filter((text) => text.trim())).size, 0);
}

export function App({ session: excelSession, initialNotice, hostNotice, requested }: AppProps) {
  const t = useStrings();
  const styles = useStyles();
  const browserMode = excelSession === undefined;
  const [session, setSession] = useState<WorkbookSession | undefined>(excelSession);
  const [result, setResult] = useState<EvaluatedWorkbook>();
  const [readFailed, setReadFailed] = useState(false);
  const [busy, setBusy] = useState<Busy>();
  const [notice, setNotice] = useState<Notice | undefined>(initialNotice);
  /** The in-memory workbook has changes worth downloading. */
  const [changed, setChanged] = useState(false);
  /** The report outline and unit the user chose (default: the framework's, 万元) and their text. */
  const [outline, setOutline] = useState<Outline>();
  const [unit, setUnit] = useState<MoneyUnit>("万元");
  /** Which table of the workbook the pane shows (a department table and project sheets). */
  const [table, setTable] = useState(0);
  const [tableEdits, setTableEdits] = useState<TableEdits>({});
  const edits = tableEdits[table] ?? {};
  /** 下载 Word 报告 of the table shown or of every table (a workbook of several). */
  const [reportScope, setReportScope] = useState<ReportScope>("shown");
  /** A file chosen while typed text would be lost: waiting for the user to confirm. */
  const [pendingFile, setPendingFile] = useState<File>();

  const typed = typedCount(tableEdits);
  const choice: ReportChoice | undefined = result ? { outline: outline ?? result.narrative.outline, unit, edits, table, tableEdits } : undefined;
  const shown = result?.tables[table] ?? result?.tables[0];

  // Leaving the page would lose the typed text too.
  useEffect(() => {
    if (!typed) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [typed]);

  const read = useCallback(
    async (target: WorkbookSession) => {
      const progress: ProgressListener = (step, fraction) => setBusy({ action: "read", step, fraction });
      setBusy({ action: "read", step: t.working });
      try {
        setResult(await target.read(progress));
        setReadFailed(false);
      } catch (error) {
        setReadFailed(true);
        setNotice(failureNotice(error, t));
      } finally {
        setBusy(undefined);
      }
    },
    [t],
  );

  const openFile = useCallback(
    async (file: File) => {
      setPendingFile(undefined);
      setBusy({ action: "open", step: t.working });
      setNotice(undefined);
      let next: WorkbookSession;
      try {
        const { createFileSession } = await import(/* webpackChunkName: "file-session" */ "./file-session");
        next = createFileSession(file);
      } catch (error) {
        setNotice(failureNotice(error, t));
        setBusy(undefined);
        return;
      }
      setSession(next);
      setResult(undefined);
      setChanged(false);
      setOutline(undefined);
      setTable(0);
      setTableEdits({});
      // Read at once: an unusable file says why as soon as it is chosen.
      await read(next);
    },
    [t, read],
  );

  const chooseFile = (file: File) => (typed ? setPendingFile(file) : void openFile(file));

  const run = useCallback(
    async (action: ActionId) => {
      if (!session) {
        setNotice({ intent: "info", text: t.chooseFileFirst });
        return;
      }
      const progress: ProgressListener = (step, fraction) => setBusy({ action, step, fraction });
      setBusy({ action, step: t.working });
      setNotice(undefined);
      try {
        // Every action needs the evaluation; the first click of any action reads the workbook.
        const evaluated = action === "read" || !result ? await session.read(progress) : result;
        setResult(evaluated);
        setReadFailed(false);
        if (action !== "read") {
          const current = { outline: outline ?? evaluated.narrative.outline, unit, edits, table, tableEdits };
          const outcome = action === "writeSummary" ? await session.writeSummary(progress, current) : await session[action](progress);
          setNotice(successNotice(outcome));
          if (action !== "convertToPlainFormulas" && !outcome.nothingDone) setChanged(true);
        }
      } catch (error) {
        if (action === "read") setReadFailed(true);
        setNotice(failureNotice(error, t));
      } finally {
        setBusy(undefined);
      }
    },
    [session, result, t, outline, unit, edits, table, tableEdits],
  );

  /** A download, then what it gave the user (file name, what is still open in it). */
  const offer = useCallback(
    async (get: () => Promise<DownloadInfo | void>) => {
      setBusy({ action: "download", step: t.working });
      setNotice(undefined);
      try {
        const info = await get();
        if (info) setNotice({ intent: "success", text: info.message });
      } catch (error) {
        setNotice(failureNotice(error, t));
      } finally {
        setBusy(undefined);
      }
    },
    [t],
  );

  const narrative = useMemo(() => {
    if (!session || !result) return undefined;
    try {
      // Without the typed text: the boxes stay boxes while the user types in them.
      return session.narrative({ outline: outline ?? result.narrative.outline, unit, table });
    } catch {
      return undefined;
    }
  }, [session, result, outline, unit, table]);

  const selectCell = session?.selectCell
    ? (ref: string) => {
        session.selectCell!(ref).catch((error: unknown) => setNotice(failureNotice(error, t)));
      }
    : undefined;

  /** The report view gives the ids of one section in every outline: the text goes to them all. */
  const edit = (ids: readonly string[], text: string) =>
    setTableEdits((all) => ({ ...all, [table]: Object.fromEntries([...Object.entries(all[table] ?? {}), ...ids.map((x) => [x, text])]) }));

  const downloadReport = session && result ? () => void offer(() => session.downloadReport(choice, reportScope)) : undefined;

  // A ribbon button (WPS): the same as clicking the pane's button; the report needs a read first.
  useEffect(() => {
    if (!requested || !session) return;
    if (requested.action !== "downloadReport") void run(requested.action);
    else if (result) void offer(() => session.downloadReport(choice, reportScope));
    else void run("read");
    // Only a new request runs an action, not a re-render.
  }, [requested?.seq]);

  return (
    <>
      <AppHeader workbook={session ? (session.kind !== "file" ? t.currentWorkbook : session.title) : undefined} />
      <main>
        {browserMode ? (
          <Section title={t.browserModeTitle} id="file-heading">
            {hostNotice ? <NoticeBar notice={hostNotice} testId="host-notice" /> : session ? null : <p className={styles.hint}>{t.browserModeHint}</p>}
            <FilePicker fileName={session?.title} disabled={busy !== undefined} onFile={chooseFile} />
          </Section>
        ) : null}
        <Section title={t.actionsTitle} id="actions-heading">
          <ActionBar
            disabled={busy !== undefined || !session}
            running={busy && busy.action !== "open" && busy.action !== "download" ? busy.action : undefined}
            onAction={(id) => void run(id)}
            onDownload={session?.download && result ? () => void offer(() => session.download!(choice)) : undefined}
            onDownloadReport={downloadReport}
            downloadReady={changed}
            hasResult={result !== undefined}
            browserMode={browserMode}
            readFailed={readFailed}
          />
        </Section>
        {busy || notice ? (
          <div className={styles.status}>
            {busy ? <ProgressPanel step={busy.step} fraction={busy.fraction} /> : null}
            {notice ? <NoticeBar notice={notice} onSelectCell={selectCell} /> : null}
          </div>
        ) : null}
        {result && result.tables.length > 1 ? (
          <Section title={t.tableLabel} id="table-heading">
            <Suspense fallback={<ProgressPanel step={t.working} />}>
              <TablePicker tables={result.tables} value={table} disabled={busy !== undefined} onChange={setTable} />
            </Suspense>
          </Section>
        ) : null}
        {result && shown ? (
          <ErrorBoundary strings={t} resetKey={shown}>
            <ResultsView json={shown.json} onSelectCell={selectCell} />
            {narrative ? (
              <Section title={t.reportTitle} id="report-heading">
                <Suspense fallback={<ProgressPanel step={t.working} />}>
                  <ReportView
                    narrative={narrative}
                    evaluated={result}
                    outline={outline ?? result.narrative.outline}
                    unit={unit}
                    edits={edits}
                    table={table}
                    onOutline={setOutline}
                    onUnit={setUnit}
                    onEdit={edit}
                    onSelectCell={selectCell}
                    onDownload={downloadReport}
                    scope={
                      result.tables.length > 1
                        ? { value: reportScope, tables: result.tables.length, shownName: t.tableName(shown.json.kind, shown.json.kind === "project" ? (shown.json.project?.name ?? null) : shown.json.department, table), onChange: setReportScope }
                        : undefined
                    }
                    disabled={busy !== undefined}
                  />
                </Suspense>
              </Section>
            ) : null}
          </ErrorBoundary>
        ) : null}
      </main>
      <Dialog open={pendingFile !== undefined} onOpenChange={(_, d) => !d.open && setPendingFile(undefined)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.changeFileTitle}</DialogTitle>
            <DialogContent>{t.changeFileBody(typed)}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setPendingFile(undefined)}>
                {t.cancel}
              </Button>
              <Button appearance="primary" onClick={() => pendingFile && void openFile(pendingFile)}>
                {t.changeFileConfirm}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}

/**
 * The task pane: one pipeline whichever gateway is behind it. Inside Excel the session is given;
 * in the browser the user picks a file and the pane makes a file session for it. Every action
 * goes through the WorkbookSession; the pane only shows progress, results and messages.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import type { EvaluatedWorkbook, Outline } from "../core";
import { ActionBar, type ActionId } from "./components/ActionBar";
import { AppHeader } from "./components/AppHeader";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { FilePicker } from "./components/FilePicker";
import { NoticeBar } from "./components/NoticeBar";
import { ProgressPanel } from "./components/ProgressPanel";
import { ResultsView } from "./components/ResultsView";
import { Section } from "./components/Section";
import { failureNotice, successNotice, type Notice } from "./notice";
import type { ProgressListener, WorkbookSession } from "./session";
import { useStrings } from "./strings-context";

/** Shown only after a read, with heavier Fluent parts (tooltips, text areas): its own chunk. */
const ReportView = lazy(() => import(/* webpackChunkName: "report-view" */ "./components/ReportView").then((m) => ({ default: m.ReportView })));

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
}

export function App({ session: excelSession, initialNotice }: AppProps) {
  const t = useStrings();
  const styles = useStyles();
  const browserMode = excelSession === undefined;
  const [session, setSession] = useState<WorkbookSession | undefined>(excelSession);
  const [result, setResult] = useState<EvaluatedWorkbook>();
  const [busy, setBusy] = useState<Busy>();
  const [notice, setNotice] = useState<Notice | undefined>(initialNotice);
  /** The in-memory workbook has changes worth downloading. */
  const [changed, setChanged] = useState(false);
  /** The report outline the user chose (default: the framework's) and their placeholder text. */
  const [outline, setOutline] = useState<Outline>();
  const [edits, setEdits] = useState<Record<string, string>>({});

  const chooseFile = useCallback(
    async (file: File) => {
      setBusy({ action: "open", step: t.working });
      setNotice(undefined);
      try {
        const { createFileSession } = await import(/* webpackChunkName: "file-session" */ "./file-session");
        setSession(createFileSession(file));
        setResult(undefined);
        setChanged(false);
        setOutline(undefined);
        setEdits({});
      } catch (error) {
        setNotice(failureNotice(error, t));
      } finally {
        setBusy(undefined);
      }
    },
    [t],
  );

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
        if (action !== "read") {
          const outcome =
            action === "writeSummary" ? await session.writeSummary(progress, { outline, edits }) : await session[action](progress);
          setNotice(successNotice(outcome));
          if (action !== "convertToPlainFormulas") setChanged(true);
        }
      } catch (error) {
        setNotice(failureNotice(error, t));
      } finally {
        setBusy(undefined);
      }
    },
    [session, result, t, outline, edits],
  );

  const narrative = useMemo(() => {
    if (!session || !result) return undefined;
    try {
      return session.narrative({ outline: outline ?? result.narrative.outline });
    } catch {
      return undefined;
    }
  }, [session, result, outline]);

  const downloadReport = useCallback(async () => {
    if (!session || !result) return;
    setBusy({ action: "download", step: t.working });
    try {
      await session.downloadReport({ outline: outline ?? result.narrative.outline, edits });
    } catch (error) {
      setNotice(failureNotice(error, t));
    } finally {
      setBusy(undefined);
    }
  }, [session, result, outline, edits, t]);

  const download = useCallback(async () => {
    if (!session?.download) return;
    setBusy({ action: "download", step: t.working });
    try {
      await session.download();
    } catch (error) {
      setNotice(failureNotice(error, t));
    } finally {
      setBusy(undefined);
    }
  }, [session, t]);

  const selectCell = session?.selectCell
    ? (ref: string) => {
        session.selectCell!(ref).catch((error: unknown) => setNotice(failureNotice(error, t)));
      }
    : undefined;

  return (
    <>
      <AppHeader workbook={session ? (session.kind === "excel" ? t.currentWorkbook : session.title) : undefined} />
      <main>
        {browserMode ? (
          <Section title={t.browserModeTitle} id="file-heading">
            {session ? null : <p className={styles.hint}>{t.browserModeHint}</p>}
            <FilePicker fileName={session?.title} disabled={busy !== undefined} onFile={(file) => void chooseFile(file)} />
          </Section>
        ) : null}
        <Section title={t.actionsTitle} id="actions-heading">
          <ActionBar
            disabled={busy !== undefined || !session}
            running={busy && busy.action !== "open" && busy.action !== "download" ? busy.action : undefined}
            onAction={(id) => void run(id)}
            onDownload={session?.download && result ? () => void download() : undefined}
            downloadReady={changed}
            hasResult={result !== undefined}
          />
        </Section>
        {busy || notice ? (
          <div className={styles.status}>
            {busy ? <ProgressPanel step={busy.step} fraction={busy.fraction} /> : null}
            {notice ? <NoticeBar notice={notice} onSelectCell={selectCell} /> : null}
          </div>
        ) : null}
        {result ? (
          <ErrorBoundary strings={t} resetKey={result}>
            <ResultsView json={result.json} onSelectCell={selectCell} />
            {narrative ? (
              <Section title={t.reportTitle} id="report-heading">
                <Suspense fallback={<ProgressPanel step={t.working} />}>
                  <ReportView
                  narrative={narrative}
                  outline={outline ?? result.narrative.outline}
                  edits={edits}
                  onOutline={setOutline}
                  onEdit={(id, text) => setEdits((e) => ({ ...e, [id]: text }))}
                  onSelectCell={selectCell}
                  onDownload={() => void downloadReport()}
                  disabled={busy !== undefined}
                  />
                </Suspense>
              </Section>
            ) : null}
          </ErrorBoundary>
        ) : null}
      </main>
    </>
  );
}

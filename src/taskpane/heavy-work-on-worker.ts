/**
 * Heavy work on a Web Worker, falling back to the pane's thread when the worker fails: one that
 * cannot be constructed, whose script fails to load (a CSP or a webview that refuses it, a
 * missing file) or that dies. The worker says it is ready once its script has run; until then
 * tasks wait in the pane, so their bytes are never handed over to a worker that cannot answer,
 * and if it fails instead they run here. After a failure every later task runs here too.
 *
 * Messages: pane → worker { id, task } (bytes transferred); worker → pane { ready: true } once,
 * then { id, result } or { id, error } (heavy-work.worker.ts).
 */
import { heavyWork, receivedError, runInline, type HeavyWork, type SentError, type TaskRunner } from "./heavy-work";
import type { HeavyResult, HeavyTask } from "./heavy-work-tasks";
import { WorkbookError } from "../core/errors";

/** The part of Worker used here (a fake in tests). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
}

interface Pending {
  readonly task: HeavyTask;
  readonly transfer: ArrayBuffer[];
  readonly resolve: (r: HeavyResult) => void;
  readonly reject: (e: Error) => void;
}

type WorkerAnswer = { ready: true } | { id: number; result?: HeavyResult; error?: SentError };

/**
 * `start` makes the worker (it may throw); `inline` runs a task on this thread (runInline
 * unless a test watches it).
 */
export function heavyWorkOnWorker(start: () => WorkerLike, inline: TaskRunner = runInline): HeavyWork {
  let worker: WorkerLike | undefined;
  let ready = false;
  const queued: Pending[] = [];
  const posted = new Map<number, Pending>();
  let next = 0;

  const runHere = (p: Pending) => inline(p.task, p.transfer).then(p.resolve, p.reject);
  const post = (p: Pending) => {
    const id = next++;
    posted.set(id, p);
    worker!.postMessage({ id, task: p.task }, p.transfer);
  };

  /** From now on everything runs here: waiting tasks at once, handed-over ones if they can be. */
  const fail = (why: string) => {
    worker?.terminate();
    worker = undefined;
    for (const p of queued.splice(0)) void runHere(p);
    for (const p of posted.values()) {
      // Bytes handed to the dead worker are gone; a task that sent none runs again here.
      if (p.transfer.length === 0) void runHere(p);
      // Chinese first; the technical detail after it, for support.
      else p.reject(new WorkbookError(`后台处理意外中断，请再操作一次（heavy-work worker stopped (${why}); the task can be run again）。`));
    }
    posted.clear();
  };

  try {
    worker = start();
  } catch {
    worker = undefined;
  }
  if (worker) {
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      const data = event.data;
      if ("ready" in data) {
        ready = true;
        for (const p of queued.splice(0)) post(p);
        return;
      }
      const p = posted.get(data.id);
      posted.delete(data.id);
      if (data.error) p?.reject(receivedError(data.error));
      else p?.resolve(data.result!);
    };
    worker.onerror = (event) => fail((event as ErrorEvent).message || "error event");
  }

  return heavyWork(
    (task, transfer) =>
      new Promise<HeavyResult>((resolve, reject) => {
        const p: Pending = { task, transfer, resolve, reject };
        if (!worker) void runHere(p);
        else if (!ready) queued.push(p);
        else post(p);
      }),
  );
}

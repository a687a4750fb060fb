/**
 * The heavy-work Web Worker: says { ready: true } once its script has run (until then the pane
 * keeps its tasks, heavy-work-on-worker.ts), then answers each message ({ id, task }) with
 * { id, result } or { id, error }. webpack 5 bundles it from `new Worker(new URL("./heavy-work.worker.ts",
 * import.meta.url))` (heavy-work-client.ts); the CSP's script-src 'self' covers it.
 */
import { sendableError } from "./heavy-work";
import { runHeavyTask, type HeavyTask } from "./heavy-work-tasks";

/** The part of DedicatedWorkerGlobalScope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<{ id: number; task: HeavyTask }>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, task } = event.data;
  runHeavyTask(task).then(
    ({ result, transfer }) => scope.postMessage({ id, result }, transfer),
    (error: unknown) => scope.postMessage({ id, error: sendableError(error) }),
  );
};

scope.postMessage({ ready: true });

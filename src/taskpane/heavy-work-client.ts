/**
 * Starts the heavy-work worker (heavy-work.worker.ts) and sends it tasks. Loaded only in the
 * built pane: `new URL(…, import.meta.url)` is how webpack 5 finds and bundles a worker. Where
 * a worker cannot start, the work runs on the pane's thread as before.
 */
import { heavyWork, inlineHeavyWork, receivedError, type HeavyWork, type SentError } from "./heavy-work";
import type { HeavyResult } from "./heavy-work-tasks";

export function workerHeavyWork(): HeavyWork {
  let worker: Worker;
  try {
    // @ts-expect-error -- import.meta is ES-module syntax; tsconfig.json type-checks as CommonJS, webpack builds ESM
    worker = new Worker(new URL("./heavy-work.worker.ts", import.meta.url), { name: "heavy-work" });
  } catch {
    return inlineHeavyWork;
  }
  let next = 0;
  const waiting = new Map<number, { resolve: (r: HeavyResult) => void; reject: (e: Error) => void }>();
  worker.onmessage = (event: MessageEvent<{ id: number; result?: HeavyResult; error?: SentError }>) => {
    const { id, result, error } = event.data;
    const w = waiting.get(id);
    waiting.delete(id);
    if (error) w?.reject(receivedError(error));
    else w?.resolve(result!);
  };
  worker.onerror = (event) => {
    for (const w of waiting.values()) w.reject(new Error(`heavy-work worker: ${event.message}`));
    waiting.clear();
  };
  return heavyWork(
    (task, transfer) =>
      new Promise<HeavyResult>((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, task }, transfer);
      }),
  );
}

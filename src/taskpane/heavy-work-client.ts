/**
 * Starts the heavy-work worker (heavy-work.worker.ts) for the pane. Loaded only in the built
 * pane: `new URL(…, import.meta.url)` is how webpack 5 finds and bundles a worker. A worker that
 * cannot start, fails to load or dies leaves the work to the pane's thread (heavy-work-on-worker.ts).
 */
import type { HeavyWork } from "./heavy-work";
import { heavyWorkOnWorker } from "./heavy-work-on-worker";

export function workerHeavyWork(): HeavyWork {
  // @ts-expect-error -- import.meta is ES-module syntax; tsconfig.json type-checks as CommonJS, webpack builds ESM
  return heavyWorkOnWorker(() => new Worker(new URL("./heavy-work.worker.ts", import.meta.url), { name: "heavy-work" }));
}

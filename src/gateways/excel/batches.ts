/**
 * Runs queued work in as few context.sync() calls as the payload budget allows: one sync for a
 * normal workbook, more only as the data grows, never one per cell. A step queues its Office.js
 * operations when its batch runs, so every proxy it makes belongs to that batch.
 */
import { PAYLOAD_BUDGET } from "./payload";

export interface Step {
  /** Estimated bytes the step sends (arguments) and gets back (loaded values). */
  readonly request: number;
  readonly response: number;
  /** Queues the step's operations (no sync). */
  queue(): void;
}

/** Groups steps in order into batches within the budget; a step larger than it goes alone. */
export function batchesOf(steps: readonly Step[], budget = PAYLOAD_BUDGET): Step[][] {
  const batches: Step[][] = [];
  let current: Step[] = [];
  let request = 0;
  let response = 0;
  for (const step of steps) {
    if (current.length > 0 && (request + step.request > budget || response + step.response > budget)) {
      batches.push(current);
      current = [];
      request = 0;
      response = 0;
    }
    current.push(step);
    request += step.request;
    response += step.response;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Queues and syncs every batch in turn; resolves to the number of syncs made. */
export async function runSteps(context: Excel.RequestContext, steps: readonly Step[], budget = PAYLOAD_BUDGET): Promise<number> {
  const batches = batchesOf(steps, budget);
  for (const batch of batches) {
    for (const step of batch) step.queue();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-sized batch, never per cell
    await context.sync();
  }
  return batches.length;
}
